import type { ListingInput } from "@karvon/data";
import { describe, expect, it } from "vitest";
import { isFieldOfKind, keepFieldsOfKind } from "./kind-fields";

const base: Omit<ListingInput, "kind"> = { title: { en: "Cotton yarn" }, description: {}, sectors: ["13"], cooperationKinds: ["supply"], direction: "export" };

describe("kind-specific listing fields", () => {
  it("keeps trade terms for offers and requests, the venture for joint projects, import origins for requests", () => {
    expect(isFieldOfKind("minOrder", "offer")).toBe(true);
    expect(isFieldOfKind("incoterm", "request")).toBe(true);
    expect(isFieldOfKind("incoterm", "joint-project")).toBe(false);
    expect(isFieldOfKind("capitalNeeded", "joint-project")).toBe(true);
    expect(isFieldOfKind("siteZone", "offer")).toBe(false);
    expect(isFieldOfKind("importsFrom", "request")).toBe(true);
    expect(isFieldOfKind("importsFrom", "offer")).toBe(false);
    expect(isFieldOfKind("title", "joint-project")).toBe(true);
  });

  it("drops what a kind switched away from left behind", () => {
    const project = keepFieldsOfKind({ ...base, kind: "joint-project", minOrder: 5, unit: "t", incoterm: "FOB", capitalNeeded: 1e6, currency: "USD", importsFrom: ["CN"] });
    expect(project).toMatchObject({ capitalNeeded: 1e6, currency: "USD", importsFrom: [] });
    expect(project).not.toHaveProperty("minOrder");
    expect(project).not.toHaveProperty("incoterm");
    const request = keepFieldsOfKind({ ...base, kind: "request", minOrder: 5, unit: "t", stage: "idea", importsFrom: ["CN"] });
    expect(request).toMatchObject({ minOrder: 5, unit: "t", importsFrom: ["CN"] });
    expect(request).not.toHaveProperty("stage");
  });
});
