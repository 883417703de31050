import { describe, expect, it } from "vitest";
import { computedShare, warmUp, warmUpEnd, type LoadWindow, type WarmUpShape } from "./steady-state";

const shape: WarmUpShape = { windowSeconds: 5, minWindows: 4, tolerance: 0.01, minRequestsPerHalf: 200, maxSeconds: 60 };
/** A window of 100 look-ups of which `computed` computed the search. */
const window = (computed: number): LoadWindow => ({ seconds: 5, requests: 100, lookups: { hits: 100 - computed, revalidated: 0, updated: 0, misses: computed } });
const windows = (...computed: number[]) => computed.map(window);

describe("the warm-up before the steady state", () => {
  it("goes on while the second half of the warm-up computes a smaller share than the first", () => {
    expect(warmUpEnd(windows(80, 70, 75), shape)).toBeNull();
    expect(warmUpEnd(windows(80, 70, 60, 50), shape)).toBeNull();
    // Noise from one window to the next does not end it while the share still falls over the halves.
    expect(warmUpEnd(windows(78, 68, 70, 64, 67, 59, 62, 69), shape)).toBeNull();
  });

  it("ends once the second half computes no smaller share than the first (within the tolerance)", () => {
    expect(warmUpEnd(windows(60, 50, 56, 53), shape)).toBe("computed share stopped falling");
    expect(warmUpEnd(windows(60, 40, 50, 50, 49), shape)).toBe("computed share stopped falling");
  });

  it("goes on while either half holds too few requests for its share to mean anything", () => {
    // Windows of 60 requests, as at size M, whose share jumps by chance: the halves of the first four end the
    // warm-up when any number of requests will do (34 + 41 against 49 + 46 computed of 120).
    const small = (computed: number): LoadWindow => ({ seconds: 5, requests: 60, lookups: { hits: 60 - computed, revalidated: 0, updated: 0, misses: computed } });
    const jumping = [49, 34, 41, 46].map(small);
    expect(warmUpEnd(jumping, { ...shape, minRequestsPerHalf: 0 })).toBe("computed share stopped falling");
    expect(warmUpEnd(jumping, shape)).toBeNull();
    // A share that has stopped falling ends it once each half holds 200 requests: four windows of 60 each.
    const flat = Array.from({ length: 8 }, () => small(24));
    expect(warmUpEnd(flat.slice(0, 7), shape)).toBeNull();
    expect(warmUpEnd(flat, shape)).toBe("computed share stopped falling");
  });

  it("ends at the bound however the share moves", () => {
    const falling = Array.from({ length: 12 }, (_, index) => window(90 - index * 5));
    expect(warmUpEnd(falling.slice(0, 11), shape)).toBeNull();
    expect(warmUpEnd(falling, shape)).toBe("bound");
  });

  it("runs window after window and reports what it ran", async () => {
    const shares = [50, 52, 49, 51];
    let asked = 0;
    const result = await warmUp(async (seconds) => {
      expect(seconds).toBe(5);
      return window(shares[asked++] as number);
    }, shape);
    expect(result).toEqual({ seconds: 20, requests: 400, endedBy: "computed share stopped falling", computedShares: [0.5, 0.52, 0.49, 0.51] });
  });

  it("counts an empty window as computing nothing", () => {
    expect(computedShare({ hits: 0, revalidated: 0, updated: 0, misses: 0 })).toBe(0);
    expect(computedShare({ hits: 1, revalidated: 1, updated: 0, misses: 2 })).toBe(0.5);
    expect(computedShare({ hits: 1, revalidated: 0, updated: 1, misses: 2 })).toBe(0.5);
  });
});
