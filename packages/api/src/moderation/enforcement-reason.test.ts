import { describe, expect, it } from "vitest";
import { formatEnforcementReason, parseEnforcementReason } from "./enforcement-reason";

describe("enforcement reason text", () => {
  it("reads back the codes and the note it wrote", () => {
    const text = formatEnforcementReason(["misleading", "spam"], "Fake certificates — twice");
    expect(parseEnforcementReason(text)).toEqual({ reasons: ["misleading", "spam"], note: "Fake certificates — twice" });
    expect(parseEnforcementReason(formatEnforcementReason(["other"], null))).toEqual({ reasons: ["other"], note: null });
  });

  it("treats text without known codes as a note, and the placeholder as nothing", () => {
    expect(parseEnforcementReason("Suspended by hand")).toEqual({ reasons: [], note: "Suspended by hand" });
    expect(parseEnforcementReason(formatEnforcementReason([], null))).toEqual({ reasons: [], note: null });
    expect(parseEnforcementReason(null)).toEqual({ reasons: [], note: null });
  });
});
