import { describe, expect, it } from "vitest";
import { publicListingOutputSchema } from "./listing-outputs";
import { searchHitOutputSchema } from "./search-outputs";

const secretEmail = "owner@secret.example";
const secretPhone = "+998901234567";

describe("public output schemas", () => {
  it("strip contact details smuggled into a listing, its content and its company", () => {
    const parsed = publicListingOutputSchema.parse({
      id: "l1",
      kind: "offer",
      content: { kind: "offer", title: { en: "Cotton" }, quantity: 5, unit: "t", contactEmail: secretEmail, phone: secretPhone },
      title: { en: "Cotton", xx: secretEmail },
      description: {},
      sectors: ["13"],
      hsChapters: [],
      cooperationKinds: ["supply"],
      direction: "export",
      targetCountry: null,
      importsFrom: [],
      publishedAt: new Date(0),
      validUntil: null,
      company: { id: "c1", slug: "c", legalName: "C", country: "UZ", region: null, verificationLevel: "unverified", contactPhone: secretPhone },
      contactEmail: secretEmail,
    });
    const text = JSON.stringify(parsed);
    expect(text).not.toContain(secretEmail);
    expect(text).not.toContain(secretPhone);
    expect(parsed.content).toEqual({ kind: "offer", title: { en: "Cotton" }, quantity: 5, unit: "t" });
  });

  it("describe the display blob of a search hit field by field", () => {
    const parsed = searchHitOutputSchema.parse({
      entityType: "company",
      entityId: "c1",
      companyId: "c1",
      kind: "company",
      country: "AZ",
      region: null,
      sectors: [],
      hsChapters: [],
      cooperationKinds: [],
      sizeBand: null,
      economicZone: null,
      verified: false,
      publishedAt: new Date(0),
      validUntil: null,
      display: { companyName: "C", companySlug: "c", email: secretEmail },
      rank: 0.5,
    });
    expect(parsed.display).toEqual({ companyName: "C", companySlug: "c" });
  });
});
