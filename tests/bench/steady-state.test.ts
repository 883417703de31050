import { describe, expect, it } from "vitest";
import { computedShare, warmUp, warmUpEnd, type LoadWindow, type WarmUpShape } from "./steady-state";

const shape: WarmUpShape = { windowSeconds: 5, spanWindows: 2, tolerance: 0.01, maxSeconds: 60 };
/** A window of 100 look-ups of which `computed` computed the search. */
const window = (computed: number): LoadWindow => ({ seconds: 5, requests: 100, lookups: { hits: 100 - computed, revalidated: 0, misses: computed } });

describe("the warm-up before the steady state", () => {
  it("goes on while the computed share of the last 10 s falls", () => {
    expect(warmUpEnd([window(80), window(70)], shape)).toBeNull();
    expect(warmUpEnd([window(80), window(70), window(60), window(50)], shape)).toBeNull();
  });

  it("ends once the last 10 s compute no smaller share than the 10 s before (within the tolerance)", () => {
    expect(warmUpEnd([window(60), window(50), window(52), window(49)], shape)).toBeNull();
    expect(warmUpEnd([window(60), window(50), window(56), window(53)], shape)).toBe("computed share stopped falling");
    expect(warmUpEnd([window(60), window(40), window(50), window(50)], shape)).toBe("computed share stopped falling");
  });

  it("ends at the bound however the share moves", () => {
    const falling = Array.from({ length: 12 }, (_, index) => window(90 - index * 5));
    expect(warmUpEnd(falling.slice(0, 11), shape)).toBeNull();
    expect(warmUpEnd(falling, shape)).toBe("bound");
  });

  it("runs window after window and reports what it ran", async () => {
    const shares = [80, 60, 50, 48, 49, 48];
    let asked = 0;
    const result = await warmUp(async (seconds) => {
      expect(seconds).toBe(5);
      return window(shares[asked++] as number);
    }, shape);
    expect(result).toEqual({ seconds: 30, requests: 600, endedBy: "computed share stopped falling", computedShares: [0.8, 0.6, 0.5, 0.48, 0.49, 0.48] });
  });

  it("counts an empty window as computing nothing", () => {
    expect(computedShare({ hits: 0, revalidated: 0, misses: 0 })).toBe(0);
    expect(computedShare({ hits: 1, revalidated: 1, misses: 2 })).toBe(0.5);
  });
});
