import { z } from "zod";
import { companySizeBandSchema, cooperationKindSchema } from "../cooperation";
import { countryCodeSchema } from "../countries";
import { economicZoneCodeSchema } from "../economic-zones";
import { hsChapterSchema } from "../hs-chapters";
import { regionCodeSchema } from "../places/index";
import { sectorCodeSchema } from "../sectors";
import { err } from "./errors";

export const searchTypes = ["all", "companies", "offers", "requests", "projects"] as const;
export type SearchType = (typeof searchTypes)[number];
export const searchSorts = ["relevance", "newest"] as const;
export type SearchSort = (typeof searchSorts)[number];

export const maxSearchQueryLength = 200;

/** Empty strings and null (as from URL parameters) count as absent. */
function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
}

const booleanParam = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0", "on"])], err("errors.boolean"))
  .transform((value) => value === true || value === "true" || value === "1" || value === "on");

/** Search input: the query text is never refused, only cut to 200 characters; unknown codes are refused. */
export const searchInputSchema = z.object(
  {
    q: z
      .string(err("errors.invalid"))
      .nullish()
      .transform((q) => (q ?? "").trim().slice(0, maxSearchQueryLength)),
    type: optionalParam(z.enum(searchTypes, err("errors.searchType"))).transform((value) => value ?? "all"),
    country: optionalParam(countryCodeSchema),
    region: optionalParam(regionCodeSchema),
    sector: optionalParam(sectorCodeSchema),
    hsChapter: optionalParam(hsChapterSchema),
    cooperationKind: optionalParam(cooperationKindSchema),
    sizeBand: optionalParam(companySizeBandSchema),
    economicZone: optionalParam(economicZoneCodeSchema),
    verifiedOnly: optionalParam(booleanParam).transform((value) => value ?? false),
    sort: optionalParam(z.enum(searchSorts, err("errors.sort"))).transform((value) => value ?? "relevance"),
    page: optionalParam(
      z.coerce.number(err("errors.number")).int(err("errors.integer")).min(1, err("errors.tooSmall")).max(10_000, err("errors.tooLarge")),
    ).transform((value) => value ?? 1),
    pageSize: optionalParam(
      z.coerce.number(err("errors.number")).int(err("errors.integer")).min(1, err("errors.tooSmall")).max(50, err("errors.tooLarge")),
    ).transform((value) => value ?? 20),
  },
  err("errors.invalid"),
);
export type SearchInput = z.input<typeof searchInputSchema>;
export type Search = z.output<typeof searchInputSchema>;
