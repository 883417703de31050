import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { commonPasswords } from "../common-passwords";
import {
  appealSchema,
  auditListSchema,
  eventInputSchema,
  companyNameSchema,
  personNameSchema,
  companyDraftSchema,
  companySubmitSchema,
  contactRequestSchema,
  declineSchema,
  emailSchema,
  errorKeys,
  httpUrlSchema,
  idempotencyKeySchema,
  listingInputSchema,
  localizedTextSchema,
  messageSchema,
  moderationDecisionSchema,
  passwordSchema,
  reportSchema,
  searchInputSchema,
  signUpSchema,
  slugSchema,
} from "../index";

const uuid = "3f2b8c1e-9d4a-4f6b-8a2e-1c5d7e9f0a1b";
const uuid2 = "7a1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e";

/** The messages of a failed parse (path → message), failing the test if it succeeded. */
function issuesOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  expect(result.success, "expected the input to be refused").toBe(false);
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[issue.path.join(".")] = issue.message;
  for (const message of Object.values(out)) expect(errorKeys as readonly string[], `unknown key ${message}`).toContain(message);
  return out;
}

describe("atoms", () => {
  it("dates: only the years 2000–2099, which both databases hold", () => {
    const { registrationOpensAt, registrationClosesAt, startDate } = eventInputSchema.shape;
    expect(registrationClosesAt.parse(new Date("2030-05-01T00:00:00Z"))).toEqual(new Date("2030-05-01T00:00:00Z"));
    // JavaScript writes year 10000 as "+010000-01-01…", which PostgreSQL cannot read.
    expect(issuesOf(registrationClosesAt, new Date("+010000-01-01T00:00:00Z"))[""]).toBe("errors.event.date");
    expect(issuesOf(registrationOpensAt, new Date("1999-12-31T23:59:59Z"))[""]).toBe("errors.event.date");
    expect(issuesOf(startDate, "0000-01-01")[""]).toBe("errors.event.date");
    expect(startDate.parse("2030-05-21")).toBe("2030-05-21");
    expect(issuesOf(auditListSchema, { to: "+275760-09-13T00:00:00Z" }).to).toBe("errors.date");
    expect(auditListSchema.parse({ from: "2026-12-01" }).from).toEqual(new Date("2026-12-01T00:00:00Z"));
  });
  it("email: trims, lowercases, refuses bad ones", () => {
    expect(emailSchema.parse("  Dilnoza@Example.UZ ")).toBe("dilnoza@example.uz");
    expect(issuesOf(emailSchema, "not-an-email")[""]).toBe("errors.email");
    expect(issuesOf(emailSchema, "")[""]).toBe("errors.required");
    expect(issuesOf(emailSchema, undefined)[""]).toBe("errors.required");
  });
  it("url: http and https only; a bare host gets https", () => {
    expect(httpUrlSchema.parse("https://karvon.uz/about")).toBe("https://karvon.uz/about");
    expect(httpUrlSchema.parse("http://example.az")).toBe("http://example.az");
    expect(httpUrlSchema.parse("azersun.az")).toBe("https://azersun.az");
    expect(httpUrlSchema.parse("example.com:8080/x")).toBe("https://example.com:8080/x");
    for (const bad of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,hi", "ftp://files.example.com", "https://", "http://user:pw@example.com", "https://exa mple.com"]) {
      expect(issuesOf(httpUrlSchema, bad)[""], bad).toBe("errors.url");
    }
  });
  it("names: one line, no web address; apostrophes, dots and scripts pass", () => {
    for (const good of ["Oʻzbekiston Paxta", "Gəncə Tekstil", "ООО «Ипак Йули»", "Agro.uz Trade", "Karvon‮ evil"]) {
      expect(companyNameSchema.parse(good), good).toBe(good);
    }
    expect(personNameSchema.parse("Dilnoza Karimova")).toBe("Dilnoza Karimova");
    for (const bad of ["Karvon Official Support (verify at http://evil.example)", "See www.evil.example now", "Karvon\nSupport", "Karvon\tSupport", "Line\rbreak", "Bell\u0007"]) {
      expect(issuesOf(companyNameSchema, bad)[""], bad).toBe("errors.nameText");
      expect(issuesOf(personNameSchema, bad)[""], bad).toBe("errors.nameText");
    }
    const started = performance.now();
    expect(issuesOf(companyNameSchema, "A".repeat(200_000))[""]).toBe("errors.tooLong");
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it("slug", () => {
    expect(slugSchema.parse("uz-textile-2024")).toBe("uz-textile-2024");
    expect(issuesOf(slugSchema, "Bad Slug")[""]).toBe("errors.slug");
  });
  it("password: length and common list, no composition rules", () => {
    expect(passwordSchema.parse("paxta va ipak yoʻli")).toBe("paxta va ipak yoʻli");
    expect(passwordSchema.parse("correcthorsebattery")).toBe("correcthorsebattery");
    expect(issuesOf(passwordSchema, "short")[""]).toBe("errors.password.tooShort");
    expect(issuesOf(passwordSchema, "x".repeat(129))[""]).toBe("errors.password.tooLong");
    expect(issuesOf(passwordSchema, "Password123")[""]).toBe("errors.password.common");
    expect(issuesOf(passwordSchema, "qwerty123")[""]).toBe("errors.password.common");
    expect(commonPasswords.length).toBeGreaterThanOrEqual(200);
  });
  it("localized text: at least one language, empties dropped", () => {
    expect(localizedTextSchema.parse({ uz: " Paxta tolasi ", ru: "" })).toEqual({ uz: "Paxta tolasi" });
    expect(issuesOf(localizedTextSchema, { en: " ", ru: "" })[""]).toBe("errors.localizedText.empty");
    expect(issuesOf(localizedTextSchema, {})[""]).toBe("errors.localizedText.empty");
  });
  it("idempotency key is a uuid", () => {
    expect(idempotencyKeySchema.parse(uuid)).toBe(uuid);
    expect(issuesOf(idempotencyKeySchema, "abc")[""]).toBe("errors.uuid");
  });
  it("sign-up", () => {
    expect(signUpSchema.parse({ name: "Aziz Karimov", email: "aziz@example.uz", password: "ipak yoʻli 2024", locale: "uz" }).locale).toBe("uz");
    const issues = issuesOf(signUpSchema, { name: "", email: "x", password: "12345678", locale: "fr" });
    expect(issues).toMatchObject({ name: "errors.required", email: "errors.email", password: "errors.password.common", locale: "errors.locale" });
  });
});

const uzCompany = {
  legalName: "“Fergana Textile” MChJ",
  country: "UZ",
  taxId: "301 234 567",
  region: "UZ-FA",
  district: "UZ-FA-margilan-city",
  economicZone: "UZ-FEZ-KOKAND",
  foundedYear: 2005,
  sizeBand: "medium",
  sectors: ["13", "14"],
  hsChapters: ["52", "50"],
  exportsTo: ["AZ", "RU"],
  importsFrom: ["CN"],
  languages: ["uz", "ru"],
  website: "fergana-textile.uz",
  description: { uz: "Paxta va ipak matolari ishlab chiqaramiz.", ru: "Производим хлопковые и шёлковые ткани." },
  contactName: "Dilnoza Yusupova",
  contactPosition: "Eksport boʻyicha menejer",
  contactEmail: "export@fergana-textile.uz",
  contactPhone: "+998 90 123 45 67",
};

const azCompany = {
  ...uzCompany,
  legalName: "Gəncə Alüminium MMC",
  country: "AZ",
  taxId: "1400057421",
  region: "AZ-GDA",
  district: "AZ-GA",
  economicZone: undefined,
  sectors: ["24"],
  hsChapters: ["76"],
  contactPhone: "050 123 45 67",
};

describe("company", () => {
  it("accepts complete Uzbek and Azerbaijani profiles and normalises them", () => {
    const uz = companySubmitSchema.parse(uzCompany);
    expect(uz.taxId).toBe("301234567");
    expect(uz.website).toBe("https://fergana-textile.uz");
    expect(uz.contactPhone).toBe("+998901234567");
    const az = companySubmitSchema.parse(azCompany);
    expect(az.contactPhone).toBe("+994501234567");
    expect(az.taxId).toBe("1400057421");
  });
  it("checks the tax ID against the country", () => {
    expect(issuesOf(companySubmitSchema, { ...uzCompany, taxId: "1400057421" }).taxId).toBe("errors.taxId.uzFormat");
    expect(issuesOf(companySubmitSchema, { ...azCompany, taxId: "1400057429" }).taxId).toBe("errors.taxId.azLastDigit");
    expect(issuesOf(companySubmitSchema, { ...azCompany, taxId: "301234567" }).taxId).toBe("errors.taxId.azFormat");
  });
  it("checks that places belong together", () => {
    expect(issuesOf(companySubmitSchema, { ...uzCompany, region: "AZ-GDA", district: "AZ-GA" }).region).toBe("errors.regionNotInCountry");
    expect(issuesOf(companySubmitSchema, { ...uzCompany, district: "UZ-SA-urgut" }).district).toBe("errors.districtNotInRegion");
    expect(issuesOf(companySubmitSchema, { ...azCompany, economicZone: "UZ-FEZ-NAVOIY" }).economicZone).toBe("errors.economicZoneNotInCountry");
  });
  it("refuses unknown codes and bad counts with keys", () => {
    const issues = issuesOf(companySubmitSchema, { ...uzCompany, region: "UZ-XX", sectors: [], hsChapters: ["77"], languages: ["xx"], foundedYear: 1850, sizeBand: "huge" });
    expect(issues).toMatchObject({ region: "errors.region", sectors: "errors.chooseSectors", "hsChapters.0": "errors.hsChapter", "languages.0": "errors.language", foundedYear: "errors.year", sizeBand: "errors.sizeBand" });
    expect(issuesOf(companySubmitSchema, { ...uzCompany, sectors: ["13", "14", "15", "20", "21", "27"] }).sectors).toBe("errors.tooMany");
    expect(issuesOf(companySubmitSchema, { ...uzCompany, sectors: ["C"] })["sectors.0"]).toBe("errors.sector");
    expect(issuesOf(companySubmitSchema, { ...uzCompany, foundedYear: new Date().getFullYear() + 1 }).foundedYear).toBe("errors.year");
    expect(issuesOf(companySubmitSchema, { ...uzCompany, contactPhone: "12" }).contactPhone).toBe("errors.phone");
    const missing = issuesOf(companySubmitSchema, {});
    expect(missing).toMatchObject({ legalName: "errors.required", country: "errors.country", contactPhone: "errors.required" });
  });
  it("accepts partial drafts but still checks what is there", () => {
    expect(companyDraftSchema.parse({})).toEqual({});
    expect(companyDraftSchema.parse({ legalName: "Karvon Logistics", country: "AZ" })).toEqual({ legalName: "Karvon Logistics", country: "AZ" });
    expect(issuesOf(companyDraftSchema, { country: "AZ", region: "UZ-TK" }).region).toBe("errors.regionNotInCountry");
    expect(companyDraftSchema.parse({ country: "AZ", taxId: "1400 057 421" }).taxId).toBe("1400057421");
  });
});

const offer = {
  kind: "offer",
  title: { en: "Cotton yarn Ne 30/1", uz: "Paxta kalavasi Ne 30/1" },
  description: { en: "Combed cotton yarn from Fergana valley cotton, 20 t per month." },
  sectors: ["13"],
  hsChapters: ["52"],
  cooperationKinds: ["supply"],
  direction: "export",
  targetCountry: "AZ",
  quantity: 20,
  unit: "t",
  minOrder: 5,
  priceMin: 2.6,
  priceMax: 3.1,
  currency: "USD",
  incoterm: "FCA",
};

describe("listing", () => {
  it("accepts an offer, a request and a joint project", () => {
    expect(listingInputSchema.parse(offer).importsFrom).toEqual([]);
    expect(listingInputSchema.parse({ ...offer, kind: "request", direction: "import", importsFrom: ["UZ"] }).kind).toBe("request");
    const project = listingInputSchema.parse({
      kind: "joint-project",
      title: { az: "Alüminium kabel zavodu" },
      description: { az: "Sumqayıtda alüminium kabel istehsalı üçün birgə müəssisə." },
      sectors: ["27"],
      cooperationKinds: ["joint-venture", "investment"],
      direction: "both",
      capitalNeeded: 12_000_000,
      currency: "USD",
      stage: "feasibility-study",
      partnerRole: "Technology and 49% of the capital",
      siteRegion: "AZ-ABX",
      siteZone: "AZ-IP-SUMGAYIT-CHEMICAL",
    });
    expect(project.siteZone).toBe("AZ-IP-SUMGAYIT-CHEMICAL");
  });
  it("checks prices, currency, unit and the site", () => {
    expect(issuesOf(listingInputSchema, { ...offer, priceMin: 5, priceMax: 3 }).priceMax).toBe("errors.priceRange");
    expect(issuesOf(listingInputSchema, { ...offer, currency: undefined }).currency).toBe("errors.currencyRequired");
    expect(issuesOf(listingInputSchema, { ...offer, unit: undefined }).unit).toBe("errors.quantityUnitRequired");
    expect(issuesOf(listingInputSchema, { ...offer, siteRegion: "UZ-NW", siteZone: "AZ-FEZ-ALAT" }).siteZone).toBe("errors.economicZone");
    expect(issuesOf(listingInputSchema, { ...offer, incoterm: "FOBB" }).incoterm).toBe("errors.incoterm");
    expect(issuesOf(listingInputSchema, { ...offer, validUntil: "2001-01-01" }).validUntil).toBe("errors.dateInPast");
    expect(issuesOf(listingInputSchema, { ...offer, quantity: -1 }).quantity).toBe("errors.positive");
    expect(issuesOf(listingInputSchema, { ...offer, title: {} }).title).toBe("errors.localizedText.empty");
  });
});

describe("search", () => {
  it("fills defaults", () => {
    expect(searchInputSchema.parse({})).toEqual({ q: "", type: "all", verifiedOnly: false, sort: "relevance", page: 1, pageSize: 20 });
  });
  it("never refuses a long query: it is cut to 200 characters", () => {
    expect(searchInputSchema.parse({ q: "paxta ".repeat(100) }).q).toHaveLength(200);
  });
  it("reads URL-style parameters", () => {
    const parsed = searchInputSchema.parse({ q: " пахта ", type: "offers", country: "UZ", region: "", sector: "13", hsChapter: "52", verifiedOnly: "true", page: "3", pageSize: "50", sort: "newest" });
    expect(parsed).toMatchObject({ q: "пахта", type: "offers", country: "UZ", region: undefined, sector: "13", hsChapter: "52", verifiedOnly: true, page: 3, pageSize: 50, sort: "newest" });
  });
  it("refuses unknown codes and bad paging with keys", () => {
    const issues = issuesOf(searchInputSchema, { type: "people", country: "XX", region: "UZ-ZZ", hsChapter: "98", sort: "price", page: 0, pageSize: 51, cooperationKind: "marriage" });
    expect(issues).toMatchObject({ type: "errors.searchType", country: "errors.country", region: "errors.region", hsChapter: "errors.hsChapter", sort: "errors.sort", page: "errors.tooSmall", pageSize: "errors.tooLarge", cooperationKind: "errors.cooperationKind" });
  });
});

describe("contact, messages, moderation, reports", () => {
  it("contact request needs a target, a purpose and a real message", () => {
    expect(contactRequestSchema.parse({ targetCompanyId: uuid, purpose: "buy", message: "  Salom! 20 t paxta kalavasi kerak.  ", idempotencyKey: uuid2 }).message).toBe("Salom! 20 t paxta kalavasi kerak.");
    expect(issuesOf(contactRequestSchema, { purpose: "buy", message: "Hello, we are interested.", idempotencyKey: uuid2 }).targetCompanyId).toBe("errors.contactTarget");
    expect(issuesOf(contactRequestSchema, { targetListingId: uuid, purpose: "buy", message: "Hi", idempotencyKey: uuid2 }).message).toBe("errors.tooShort");
    expect(issuesOf(contactRequestSchema, { targetListingId: uuid, purpose: "marry", message: "x".repeat(2001), idempotencyKey: "1" })).toMatchObject({ purpose: "errors.contactPurpose", message: "errors.tooLong", idempotencyKey: "errors.uuid" });
  });
  it("message body is trimmed, 1..4000", () => {
    expect(messageSchema.parse({ conversationId: uuid, body: " Rahmat! " }).body).toBe("Rahmat!");
    expect(issuesOf(messageSchema, { conversationId: uuid, body: "   " }).body).toBe("errors.required");
    expect(issuesOf(messageSchema, { conversationId: uuid, body: "x".repeat(4001) }).body).toBe("errors.tooLong");
  });
  it("moderation decision needs reasons unless it approves", () => {
    expect(moderationDecisionSchema.parse({ itemType: "company", itemId: uuid, version: 2, decision: "approve" }).reasons).toEqual([]);
    expect(moderationDecisionSchema.parse({ itemType: "listing", itemId: uuid, version: 1, decision: "reject", reasons: ["prohibited-goods"] }).decision).toBe("reject");
    expect(issuesOf(moderationDecisionSchema, { itemType: "listing", itemId: uuid, version: 1, decision: "request-changes" }).reasons).toBe("errors.moderation.reasonsRequired");
    // A version beyond PostgreSQL's integer made the look-up fail with a 500.
    expect(issuesOf(moderationDecisionSchema, { itemType: "company", itemId: uuid, version: 2 ** 31, decision: "approve" }).version).toBe("errors.tooLarge");
    expect(issuesOf(auditListSchema, { page: 2 ** 53 }).page).toBe("errors.tooLarge");
    expect(issuesOf(moderationDecisionSchema, { itemType: "user", itemId: uuid, version: 0, decision: "ban", reasons: ["rude"], note: "x".repeat(1001) })).toMatchObject({ itemType: "errors.itemType", version: "errors.tooSmall", decision: "errors.decision", "reasons.0": "errors.moderationReason", note: "errors.tooLong" });
  });
  it("report, decline and appeal", () => {
    expect(reportSchema.parse({ targetType: "message", targetId: uuid, reason: "fraud", note: "" }).note).toBeUndefined();
    expect(issuesOf(reportSchema, { targetType: "user", targetId: uuid, reason: "boring" })).toMatchObject({ targetType: "errors.targetType", reason: "errors.reportReason" });
    expect(declineSchema.parse({ requestId: uuid, reason: "no-capacity" }).reason).toBe("no-capacity");
    expect(issuesOf(declineSchema, { requestId: uuid, reason: "busy" }).reason).toBe("errors.declineReason");
    expect(appealSchema.parse({ itemType: "company", itemId: uuid, message: "Our VÖEN is correct, see the register." }).itemType).toBe("company");
  });
  it("errorKeys has no duplicates and every key is namespaced", () => {
    expect(new Set(errorKeys).size).toBe(errorKeys.length);
    for (const key of errorKeys) expect(key).toMatch(/^errors\.[a-zA-Z.]+$/);
  });
});
