import { describe, expect, it } from "vitest";
import { normalizeTaxId, taxIdError, taxIdKind, taxIdSchemaFor } from "./tax-id";

describe("tax IDs", () => {
  it("normalises spaces and dashes", () => {
    expect(normalizeTaxId("UZ", " 301 234-567 ")).toBe("301234567");
    expect(normalizeTaxId("AZ", "1400-057-421")).toBe("1400057421");
  });
  it.each([
    ["UZ", "301234567", null, "uz-stir"],
    ["UZ", "207 123 456", null, "uz-stir"],
    ["UZ", "31505851234567", null, "uz-pinfl"],
    ["UZ", "101234567", "errors.taxId.uzFormat", undefined],
    ["UZ", "30123456", "errors.taxId.uzFormat", undefined],
    ["UZ", "3012345678", "errors.taxId.uzFormat", undefined],
    ["UZ", "30123456A", "errors.taxId.uzFormat", undefined],
    ["AZ", "1400057421", null, "az-voen-legal"],
    ["AZ", "1500123452", null, "az-voen-individual"],
    ["AZ", "1400057423", "errors.taxId.azLastDigit", undefined],
    ["AZ", "140005742", "errors.taxId.azFormat", undefined],
    ["AZ", "301234567", "errors.taxId.azFormat", undefined],
    ["AZ", "", "errors.taxId.required", undefined],
  ] as const)("%s %s → %s", (country, raw, error, kind) => {
    expect(taxIdError(country, raw)).toBe(error);
    expect(taxIdKind(country, raw)).toBe(kind);
  });
  it("has a schema per country that outputs digits", () => {
    expect(taxIdSchemaFor("UZ").parse("301 234 567")).toBe("301234567");
    const result = taxIdSchemaFor("AZ").safeParse("1400057420");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("errors.taxId.azLastDigit");
  });
});
