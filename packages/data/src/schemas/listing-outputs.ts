import { z } from "zod";
import { importOrigins } from "../national-imports";
import { verificationLevels } from "../statuses";
import { localizedTextOutputSchema } from "./search-outputs";

/**
 * Output schemas of public listing procedures: plain objects only, so zod strips any key not named here
 * (a contact e-mail or phone can never reach a visitor through these).
 */

/**
 * The approved content of a listing (jsonb), field by field as `listingInputSchema` stores it. Shapes only:
 * it was validated when submitted, and an older snapshot missing a field must still be shown.
 */
export const publicListingContentSchema = z.object({
  kind: z.string().optional(),
  title: localizedTextOutputSchema.optional(),
  description: localizedTextOutputSchema.optional(),
  sectors: z.array(z.string()).optional(),
  hsChapters: z.array(z.string()).optional(),
  cooperationKinds: z.array(z.string()).optional(),
  direction: z.string().optional(),
  targetCountry: z.string().optional(),
  quantity: z.number().optional(),
  unit: z.string().optional(),
  minOrder: z.number().optional(),
  priceMin: z.number().optional(),
  priceMax: z.number().optional(),
  currency: z.string().optional(),
  incoterm: z.string().optional(),
  importsFrom: z.array(z.string()).optional(),
  /** YYYY-MM-DD, as entered. */
  validUntil: z.string().optional(),
  capitalNeeded: z.number().optional(),
  stage: z.string().optional(),
  partnerRole: z.string().optional(),
  siteRegion: z.string().optional(),
  siteZone: z.string().optional(),
});

/** A company's public identity beside its listing: no contact person, e-mail or phone. */
export const listingCompanyOutputSchema = z.object({
  id: z.string(),
  slug: z.string(),
  legalName: z.string(),
  country: z.string(),
  region: z.string().nullable(),
  verificationLevel: z.enum(verificationLevels),
});

export const publicListingOutputSchema = z.object({
  id: z.string(),
  kind: z.string(),
  content: publicListingContentSchema,
  title: localizedTextOutputSchema,
  description: localizedTextOutputSchema,
  sectors: z.array(z.string()),
  hsChapters: z.array(z.string()),
  cooperationKinds: z.array(z.string()),
  direction: z.string().nullable(),
  targetCountry: z.string().nullable(),
  importsFrom: z.array(z.string()),
  publishedAt: z.date().nullable(),
  validUntil: z.date().nullable(),
  company: listingCompanyOutputSchema,
});
export type PublicListingOutput = z.infer<typeof publicListingOutputSchema>;

const classificationReason = { hsChapters: z.array(z.string()), sectors: z.array(z.string()) };

/** A published national import figure as outputs cite it: the product, the origins it counts, amount, period, source. */
export const nationalImportCitationFields = {
  product: z.object({ en: z.string(), ru: z.string(), uz: z.string(), az: z.string() }),
  origins: z.enum(importOrigins),
  value: z.number().nonnegative(),
  period: z.object({ from: z.string(), to: z.string() }),
  source: z.string(),
};

/** Why two listings fit, as the matchmaking explains it. */
export const matchReasonOutputSchema = z.discriminatedUnion("code", [
  z.object({ code: z.literal("they-seek-what-you-offer"), ...classificationReason }),
  z.object({ code: z.literal("they-offer-what-you-seek"), ...classificationReason }),
  z.object({ code: z.literal("joint-project-fit"), ...classificationReason }),
  z.object({ code: z.literal("import-substitution"), countries: z.array(z.string()) }),
  z.object({ code: z.literal("replace-your-imports"), countries: z.array(z.string()) }),
  z.object({
    code: z.literal("national-imports"),
    importer: z.enum(["UZ", "AZ"]),
    chapter: z.string(),
    ...nationalImportCitationFields,
  }),
  z.object({ code: z.literal("shared-economic-zone"), zone: z.string() }),
  z.object({ code: z.literal("their-economic-zone"), zone: z.string() }),
  z.object({ code: z.literal("corridor"), corridor: z.string() }),
  z.object({ code: z.literal("twinned-cities"), uz: z.string(), az: z.string() }),
  z.object({ code: z.literal("verified") }),
]);

export const partnerSuggestionOutputSchema = z.object({
  score: z.number(),
  reasons: z.array(matchReasonOutputSchema),
  mine: z.object({ listingId: z.string(), kind: z.string(), title: localizedTextOutputSchema }),
  theirs: z.object({
    listingId: z.string(),
    kind: z.string(),
    title: localizedTextOutputSchema,
    country: z.string(),
    region: z.string().nullable(),
    companyName: z.string(),
    companySlug: z.string(),
    verified: z.boolean(),
  }),
});
