import { z } from "zod";
import { localeSchema, shortTextSchema, uuidSchema } from "./atoms";
import { err } from "./errors";
import { listingInputSchema } from "./listing";
import { searchInputSchema } from "./search";

/*
 * Inputs of the listing, search and saved-search procedures. The listing itself is `listingInputSchema`
 * (./listing.ts); the search filters are `searchInputSchema` (./search.ts).
 */

export const listingIdInputSchema = z.object({ listingId: uuidSchema });

/** A new listing of a company (saved as a draft; `submit` hands it to the moderators at once). */
export const listingCreateSchema = z.object({
  companyId: uuidSchema,
  listing: listingInputSchema,
  submit: z.boolean(err("errors.boolean")).default(false),
});
export type ListingCreateInput = z.input<typeof listingCreateSchema>;

/** A new working copy of a listing (the kind never changes after creation). */
export const listingSaveSchema = z.object({
  listingId: uuidSchema,
  listing: listingInputSchema,
});
export type ListingSaveInput = z.input<typeof listingSaveSchema>;

export const listingByCompanySchema = z.object({ companyId: uuidSchema });

const smallLimit = z.number(err("errors.number")).int(err("errors.integer")).min(1, err("errors.tooSmall")).max(20, err("errors.tooLarge"));

export const listingSimilarSchema = z.object({ listingId: uuidSchema, limit: smallLimit.default(6) });

/** "Partners for you": for one of my companies (default: the first I belong to). */
export const partnersForYouSchema = z.object({ companyId: uuidSchema.optional(), limit: smallLimit.default(10) });

export const savedSearchCreateSchema = z.object({
  name: shortTextSchema,
  query: searchInputSchema,
  locale: localeSchema,
});
export type SavedSearchCreateInput = z.input<typeof savedSearchCreateSchema>;

export const savedSearchIdSchema = z.object({ id: uuidSchema });

export const unsubscribeTokenSchema = z.object({
  token: z.string(err("errors.required")).min(16, err("errors.invalid")).max(128, err("errors.invalid")),
});
