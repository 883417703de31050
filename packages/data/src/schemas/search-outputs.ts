import { z } from "zod";

/**
 * Output schemas of public search: plain objects only, so zod strips anything a query might add by mistake
 * (a contact e-mail or phone can never reach a visitor through these).
 */

/** A text in any of the four languages, as stored (no validation beyond shape: it was validated on input). */
export const localizedTextOutputSchema = z.object({
  en: z.string().optional(),
  ru: z.string().optional(),
  uz: z.string().optional(),
  az: z.string().optional(),
});

/** The display blob of a search document, field by field. */
export const searchDisplayOutputSchema = z.object({
  title: localizedTextOutputSchema.optional(),
  summary: localizedTextOutputSchema.optional(),
  companyName: z.string().optional(),
  companySlug: z.string().optional(),
  direction: z.string().nullable().optional(),
  targetCountry: z.string().nullable().optional(),
});

export const searchHitOutputSchema = z.object({
  entityType: z.enum(["company", "listing"]),
  entityId: z.string(),
  companyId: z.string(),
  kind: z.string(),
  country: z.string(),
  region: z.string().nullable(),
  sectors: z.array(z.string()),
  hsChapters: z.array(z.string()),
  cooperationKinds: z.array(z.string()),
  sizeBand: z.string().nullable(),
  economicZone: z.string().nullable(),
  verified: z.boolean(),
  publishedAt: z.date(),
  validUntil: z.date().nullable(),
  display: searchDisplayOutputSchema,
  rank: z.number(),
});
export type SearchHitOutput = z.infer<typeof searchHitOutputSchema>;

const facetCountsSchema = z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() }));

/** Per facet of partner search (the same keys as `searchFacets` in @karvon/db), the count of each value. */
export const searchFacetsOutputSchema = z.object({
  kind: facetCountsSchema,
  country: facetCountsSchema,
  region: facetCountsSchema,
  sector: facetCountsSchema,
  hsChapter: facetCountsSchema,
  cooperationKind: facetCountsSchema,
  sizeBand: facetCountsSchema,
  economicZone: facetCountsSchema,
  verified: facetCountsSchema,
});

/**
 * How many matches a search counts: a search with words (or filters the counters do not keep) that matches more
 * says "more than 1,000" and shows its filters' values without numbers. Counting every match of a common word
 * (50,000 documents at 100,000 companies) takes longer than the whole answer may; a page of results does not need
 * it. Every number shown is still true.
 */
export const searchCountLimit = 1000;

export const searchResultOutputSchema = z.object({
  /** Every match when `totalExact`; otherwise a lower bound above `searchCountLimit` ("more than 1,000"). */
  total: z.number().int().nonnegative(),
  /** False when the search matched more than `searchCountLimit` documents and stopped counting them. */
  totalExact: z.boolean(),
  /**
   * False when the facet counts are lower bounds: the documents they count (the matches failing at most one
   * filter) were more than `searchCountLimit`, and they were counted among the first found. Never shown as numbers.
   */
  countsExact: z.boolean(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  hits: z.array(searchHitOutputSchema),
  facets: searchFacetsOutputSchema,
  terms: z.array(z.string()),
});
