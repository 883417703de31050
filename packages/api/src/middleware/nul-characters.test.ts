import { describe, expect, it } from "vitest";
import { containsNulCharacter } from "./nul-characters";

describe("containsNulCharacter", () => {
  it("finds U+0000 in strings, nested values and keys", () => {
    expect(containsNulCharacter("a\u0000b")).toBe(true);
    expect(containsNulCharacter({ patch: { city: ["x", "\u0000"] } })).toBe(true);
    expect(containsNulCharacter({ ["k\u0000"]: 1 })).toBe(true);
  });

  it("lets everything else through", () => {
    expect(containsNulCharacter({ slug: "company-a", n: 1, d: new Date(), u: undefined, x: null })).toBe(false);
    expect(containsNulCharacter("\u202Eevil <script>")).toBe(false);
    expect(containsNulCharacter(undefined)).toBe(false);
  });
});
