import { describe, expect, it } from "vitest";
import { companySubmitSchema } from "./company";
import { listingInputSchema } from "./listing";

function messagesByField(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("a skipped required choice says what is missing", () => {
  it("in a company profile", () => {
    const messages = messagesByField(companySubmitSchema.safeParse({}));
    expect(messages).toMatchObject({
      region: "errors.region",
      district: "errors.district",
      sizeBand: "errors.sizeBand",
      sectors: "errors.chooseSectors",
      languages: "errors.chooseLanguages",
      foundedYear: "errors.foundedYearRequired",
    });
    expect(Object.values(messages)).not.toContain("errors.invalid");
  });

  it("in a listing, skipped or emptied", () => {
    const skipped = messagesByField(listingInputSchema.safeParse({ title: { en: "Cotton" }, description: { en: "Yarn" } }));
    expect(skipped).toMatchObject({ kind: "errors.listingKind", sectors: "errors.chooseSectors", cooperationKinds: "errors.chooseCooperationKinds", direction: "errors.listingDirection" });
    expect(Object.values(skipped)).not.toContain("errors.invalid");
    const emptied = messagesByField(listingInputSchema.safeParse({ title: { en: "Cotton" }, description: { en: "Yarn" }, sectors: [], cooperationKinds: [] }));
    expect(emptied).toMatchObject({ sectors: "errors.chooseSectors", cooperationKinds: "errors.chooseCooperationKinds" });
  });

  it("still calls a value of the wrong kind invalid", () => {
    expect(messagesByField(listingInputSchema.safeParse({ sectors: "13" })).sectors).toBe("errors.invalid");
  });
});
