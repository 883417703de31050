import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone, phoneCountry, phoneSchema, phoneSchemaFor } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["+998 90 123 45 67", "+998901234567"],
    ["+998 (71) 234-56-78", "+998712345678"],
    ["998931234567", "+998931234567"],
    ["00998 33 123 45 67", "+998331234567"],
    ["8 90 123 45 67", "+998901234567"],
    ["+998 20 123 45 67", "+998201234567"],
    ["+994 50 123 45 67", "+994501234567"],
    ["050 123 45 67", "+994501234567"],
    ["(012) 498 12 34", "+994124981234"],
    ["0 10 123 45 67", "+994101234567"],
    ["00994 77 123 45 67", "+994771234567"],
    ["+994 22 256 00 00", "+994222560000"],
  ])("%s → %s", (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });
  it.each([
    "+998 12 123 45 67", // no such Uzbek code
    "+998 90 123 45 6", // too short
    "+994 40 123 45 67", // no such Azerbaijani code
    "+7 701 123 45 67", // another country
    "090 123 45 67", // 09x is not an Azerbaijani code
    "90 123 45 67", // ambiguous without a default country
    "call me",
    "",
  ])("refuses %s", (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
  it("reads bare national digits with a default country", () => {
    expect(normalizePhone("90 123 45 67", { defaultCountry: "UZ" })).toBe("+998901234567");
    expect(normalizePhone("50 123 45 67", { defaultCountry: "AZ" })).toBe("+994501234567");
  });
  it("formats and tells the country", () => {
    expect(formatPhone("+998901234567")).toBe("+998 90 123 45 67");
    expect(phoneCountry("+994501234567")).toBe("AZ");
    expect(phoneCountry("+998901234567")).toBe("UZ");
  });
  it("has schemas with error keys", () => {
    expect(phoneSchema.parse("+998 90 123 45 67")).toBe("+998901234567");
    expect(phoneSchema.safeParse("12345").error?.issues[0]?.message).toBe("errors.phone");
    expect(phoneSchema.safeParse("").error?.issues[0]?.message).toBe("errors.required");
    expect(phoneSchema.safeParse(undefined).error?.issues[0]?.message).toBe("errors.required");
    expect(phoneSchemaFor("UZ").parse("90 123 45 67")).toBe("+998901234567");
  });
});
