import { describe, expect, it } from "vitest";
import { fieldValueText, pathLanguage } from "./field-values";

describe("fieldValueText", () => {
  it("shows codes as labels in the reader's language", () => {
    expect(fieldValueText("sizeBand", "medium", "en")).not.toBe("medium");
    expect(fieldValueText("district", "UZ-FA-kokand-city", "ru")).toContain("Коканд");
    expect(fieldValueText("sectors", ["13", "46"], "en")).toMatch(/^Manufacture of textiles, Wholesale/);
    expect(fieldValueText("country", "AZ", "uz")).toBe("Ozarbayjon");
    expect(fieldValueText("hsChapters", ["52"], "en")).toMatch(/^52 — Cotton/);
  });

  it("names the language of each text", () => {
    expect(fieldValueText("description", { en: "Yarn", ru: "Пряжа" }, "az")).toBe("İngilis dili: Yarn · Rus dili: Пряжа");
    expect(pathLanguage("description.ru", "en")).toBe("Russian");
    expect(pathLanguage("sectors", "en")).toBeNull();
  });

  it("leaves free text and unknown codes as they are", () => {
    expect(fieldValueText("contactEmail", "info@vodiy.uz", "en")).toBe("info@vodiy.uz");
    expect(fieldValueText("sectors", ["99x"], "en")).toBe("99x");
    expect(fieldValueText("website", null, "en")).toBe("—");
  });
});
