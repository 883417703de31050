import { describe, expect, it } from "vitest";
import { errorKeys } from "./errors";

describe("errorKeys", () => {
  it("are unique", () => {
    expect(new Set(errorKeys).size).toBe(errorKeys.length);
  });

  it("never make one key the parent of another (message catalogues nest on dots)", () => {
    const parents = errorKeys.filter((key) => errorKeys.some((other) => other.startsWith(`${key}.`)));
    expect(parents).toEqual([]);
  });
});
