import { describe, expect, it } from "vitest";
import { GenerationCache } from "./generation-cache";

const entry = (generation: string, value: number, computedAt = 1_000, expiresAt = 5_000) => ({ generation, computedAt, expiresAt, value });

describe("GenerationCache", () => {
  it("serves an entry under its generation, between its count and the earliest expiry", () => {
    const cache = new GenerationCache<number>();
    cache.set("browse", entry("7", 42));
    expect(cache.get("browse", "7", 1_000)).toBe(42);
    expect(cache.get("browse", "7", 4_999)).toBe(42);
    expect(cache.get("other", "7", 2_000)).toBeUndefined();
  });

  it("does not serve an instant before the count, when an expired document may still have counted", () => {
    const cache = new GenerationCache<number>();
    cache.set("browse", entry("7", 42));
    expect(cache.get("browse", "7", 999)).toBeUndefined();
    expect(cache.get("browse", "7", 1_000)).toBe(42);
  });

  it("drops an entry once the generation moved or a counted document expired", () => {
    const cache = new GenerationCache<number>();
    cache.set("a", entry("7", 1));
    cache.set("b", entry("7", 2));
    expect(cache.get("a", "8", 2_000)).toBeUndefined();
    expect(cache.get("a", "7", 2_000)).toBeUndefined();
    expect(cache.get("b", "7", 5_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("keeps entries without an expiry for as long as the generation holds", () => {
    const cache = new GenerationCache<number>();
    cache.set("companies", entry("3", 9, 1_000, Number.POSITIVE_INFINITY));
    expect(cache.get("companies", "3", 10 ** 13)).toBe(9);
  });

  it("evicts the least recently used entry beyond its capacity", () => {
    const cache = new GenerationCache<number>(2);
    cache.set("a", entry("1", 1));
    cache.set("b", entry("1", 2));
    expect(cache.get("a", "1", 2_000)).toBe(1);
    cache.set("c", entry("1", 3));
    expect(cache.size).toBe(2);
    expect(cache.get("b", "1", 2_000)).toBeUndefined();
    expect(cache.get("a", "1", 2_000)).toBe(1);
    expect(cache.get("c", "1", 2_000)).toBe(3);
  });

  it("finds an entry of an older generation as stale, and serves it under the new one once renewed", () => {
    const cache = new GenerationCache<number>(10, "revalidating");
    cache.set("a", entry("7", 1));
    expect(cache.find("a", "7", 2_000)?.state).toBe("current");
    const stale = cache.find("a", "9", 2_000);
    expect(stale?.state).toBe("stale");
    // A reader still on generation 7 may use it; one on an older generation may not.
    expect(cache.find("a", "7", 2_000)?.state).toBe("current");
    expect(cache.find("a", "6", 2_000)).toBeUndefined();
    if (stale === undefined) throw new Error("no stale entry");
    cache.renew("a", stale.entry, { ...stale.entry, generation: "9" }, "revalidated");
    expect(cache.find("a", "9", 2_000)).toEqual({ state: "current", entry: entry("9", 1) });
    // Past its earliest expiry or before its count it serves under no generation.
    expect(cache.find("a", "9", 999)).toBeUndefined();
    expect(cache.find("a", "10", 5_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("does not move a newer entry back to an older generation", () => {
    const cache = new GenerationCache<number>();
    cache.set("a", entry("7", 1));
    const stale = cache.find("a", "8", 2_000);
    cache.set("a", entry("9", 2));
    if (stale === undefined) throw new Error("no stale entry");
    cache.renew("a", stale.entry, { ...stale.entry, generation: "8" }, "revalidated");
    expect(cache.find("a", "9", 2_000)).toEqual({ state: "current", entry: entry("9", 2) });
  });

  it("tells of a computation of a key under a generation until it has finished", async () => {
    const cache = new GenerationCache<number>();
    const done = cache.beginComputation("a", "7");
    const running = cache.computation("a", "7");
    expect(running).toBeInstanceOf(Promise);
    expect(cache.computation("a", "8")).toBeUndefined();
    expect(cache.computation("b", "7")).toBeUndefined();
    done();
    await running;
    expect(cache.computation("a", "7")).toBeUndefined();
  });
});
