import { describe, expect, it } from "vitest";
import { signInTarget } from "./sign-in-next";

describe("signInTarget", () => {
  it("splits the locale off a full path, so the locale-aware router does not add it twice", () => {
    expect(signInTarget("/en/companies/kamolot-tekstil-7kq2")).toEqual({ pathname: "/companies/kamolot-tekstil-7kq2", locale: "en" });
    expect(signInTarget("/ru/inbox/123")).toEqual({ pathname: "/inbox/123", locale: "ru" });
    expect(signInTarget("/az")).toEqual({ pathname: "/", locale: "az" });
    expect(signInTarget("/uz?tab=sent")).toEqual({ pathname: "/?tab=sent", locale: "uz" });
  });

  it("keeps a path without a locale and a segment that only starts like one", () => {
    expect(signInTarget("/inbox?tab=sent")).toEqual({ pathname: "/inbox?tab=sent" });
    expect(signInTarget("/english-page")).toEqual({ pathname: "/english-page" });
  });

  it("never follows another site", () => {
    for (const next of [undefined, "", "https://evil.example", "//evil.example", "/\\evil.example", "/en//evil.example", "javascript:alert(1)"]) {
      expect(signInTarget(next)).toEqual({ pathname: "/account" });
    }
  });
});
