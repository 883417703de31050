import { describe, expect, it } from "vitest";
import { diffSnapshots, jsonEqual } from "./snapshot-diff";

describe("diffSnapshots", () => {
  it("finds nothing between equal snapshots, whatever the key order", () => {
    expect(diffSnapshots({ a: 1, b: { en: "x", ru: "y" } }, { b: { ru: "y", en: "x" }, a: 1 })).toEqual([]);
  });

  it("reports changed, added and removed fields with dotted paths, sorted", () => {
    const before = { legalName: "Kamolot", description: { en: "Textiles", ru: "Текстиль" }, website: "https://a.uz" };
    const after = { legalName: "Kamolot Tekstil", description: { en: "Textiles", uz: "Toʻqimachilik" }, employees: 40 };
    expect(diffSnapshots(before, after)).toEqual([
      { path: "description.ru", kind: "removed", before: "Текстиль" },
      { path: "description.uz", kind: "added", after: "Toʻqimachilik" },
      { path: "employees", kind: "added", after: 40 },
      { path: "legalName", kind: "changed", before: "Kamolot", after: "Kamolot Tekstil" },
      { path: "website", kind: "removed", before: "https://a.uz" },
    ]);
  });

  it("lists the items added to and removed from an array", () => {
    expect(diffSnapshots({ sectors: ["C13", "C14"] }, { sectors: ["C14", "C10"] })).toEqual([
      { path: "sectors", kind: "changed", before: ["C13", "C14"], after: ["C14", "C10"], added: ["C10"], removed: ["C13"] },
    ]);
  });

  it("treats missing, null, empty string and empty array alike", () => {
    expect(diffSnapshots({ a: null, b: "", c: [] }, { d: undefined })).toEqual([]);
  });

  it("reports every filled field as added for a first submission", () => {
    expect(diffSnapshots(null, { legalName: "A", contact: { email: "a@b.uz" } })).toEqual([
      { path: "contact.email", kind: "added", after: "a@b.uz" },
      { path: "legalName", kind: "added", after: "A" },
    ]);
  });

  it("compares a field that changes type as a whole", () => {
    expect(diffSnapshots({ a: { x: 1 } }, { a: "x" })).toEqual([{ path: "a", kind: "changed", before: { x: 1 }, after: "x" }]);
  });
});

describe("jsonEqual", () => {
  it("compares arrays by order and objects by content", () => {
    expect(jsonEqual([1, 2], [1, 2])).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: [1] }, { a: [1] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
