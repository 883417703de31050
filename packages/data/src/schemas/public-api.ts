import { z } from "zod";
import { shortTextSchema, emailSchema, uuidSchema } from "./atoms";
import { err } from "./errors";
import { searchInputSchema } from "./search";

/**
 * The public read API for partner systems (chambers, agencies, trade houses): the schemas of its key
 * administration and of its requests. The responses reuse the portal's public output schemas.
 */

/** What a key may read: one scope per part of the API. */
export const apiScopes = ["companies", "listings", "search", "reference"] as const;
export type ApiScope = (typeof apiScopes)[number];
export const apiScopeSchema = z.enum(apiScopes, err("errors.unknownCode"));

export const defaultApiRateLimitPerMinute = 60;

/** Staff issue a key to a named organisation (not yet an account of the portal). */
export const apiKeyCreateSchema = z.object({
  organisationName: shortTextSchema,
  contactEmail: emailSchema,
  scopes: z
    .array(apiScopeSchema, err("errors.invalid"))
    .min(1, err("errors.tooFew"))
    .max(apiScopes.length, err("errors.tooMany"))
    .refine((scopes) => new Set(scopes).size === scopes.length, err("errors.duplicate")),
  rateLimitPerMinute: z.coerce
    .number(err("errors.number"))
    .int(err("errors.integer"))
    .min(1, err("errors.tooSmall"))
    .max(6000, err("errors.tooLarge"))
    .default(defaultApiRateLimitPerMinute),
});
export type ApiKeyCreate = z.input<typeof apiKeyCreateSchema>;

export const apiKeyIdSchema = z.object({ id: uuidSchema });

/** A key as staff see it in the list: never the key itself nor its hash. */
export const apiKeyOutputSchema = z.object({
  id: z.string(),
  organisationName: z.string(),
  contactEmail: z.string(),
  scopes: z.array(z.string()),
  keyPrefix: z.string(),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  usageCount: z.number().int().nonnegative(),
  rateLimitPerMinute: z.number().int().positive(),
});
export type ApiKeyOutput = z.infer<typeof apiKeyOutputSchema>;

/** The answer to issuing a key: the key in full, this once. */
export const apiKeyCreatedOutputSchema = z.object({ key: z.string(), apiKey: apiKeyOutputSchema });

/** GET /api/v1/search: exactly the portal's search parameters. */
export const apiSearchQuerySchema = searchInputSchema;

/** GET /api/v1/companies: the search filters, limited to companies. */
export const apiCompaniesQuerySchema = searchInputSchema.omit({ type: true });

/** The listing types of search, for GET /api/v1/listings (absent: offers, requests and projects alike). */
export const apiListingTypes = ["offers", "requests", "projects"] as const;
export const apiListingsQuerySchema = searchInputSchema.omit({ type: true }).extend({
  type: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.enum(apiListingTypes, err("errors.searchType")).optional(),
  ),
});

export const apiCompanyPathSchema = z.object({
  slug: z.string(err("errors.required")).min(1, err("errors.required")).max(100, err("errors.tooLong")),
});
export const apiListingPathSchema = z.object({ id: uuidSchema });

export const apiReferenceLists = ["countries", "regions", "sectors", "hs-chapters"] as const;
export type ApiReferenceList = (typeof apiReferenceLists)[number];
export const apiReferencePathSchema = z.object({ list: z.enum(apiReferenceLists, err("errors.unknownCode")) });

const labelsOutputSchema = z.object({ en: z.string(), ru: z.string(), uz: z.string(), az: z.string() });

/** One entry of a reference list: its code, labels in the four languages and what places it in its list. */
export const apiReferenceItemSchema = z.object({
  code: z.string(),
  labels: labelsOutputSchema,
  /** Regions: the country. */
  country: z.string().optional(),
  /** Sectors (ISIC section letter) and HS chapters (HS section numeral). */
  section: z.string().optional(),
  /** Sectors: "section" or "division". */
  level: z.string().optional(),
});
export const apiReferenceListOutputSchema = z.object({ items: z.array(apiReferenceItemSchema) });

/** Every error of the API: a machine-readable code, a sentence in English, and the fields at fault. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(["bad_request", "unauthorized", "forbidden", "not_found", "rate_limited", "method_not_allowed"]),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
