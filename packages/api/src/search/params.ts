import { searchTypeKinds, type Search } from "@karvon/data";
import type { SearchPartnersParams } from "@karvon/db";

const one = (value: string | undefined) => (value === undefined ? undefined : [value]);

/** A validated search input as the parameters of `searchPartners`. */
export function toSearchParams(search: Search, now: Date): SearchPartnersParams {
  return {
    text: search.q,
    kinds: searchTypeKinds[search.type],
    countries: one(search.country),
    regions: one(search.region),
    sectors: one(search.sector),
    hsChapters: one(search.hsChapter),
    cooperationKinds: one(search.cooperationKind),
    sizeBands: one(search.sizeBand),
    economicZones: one(search.economicZone),
    verifiedOnly: search.verifiedOnly,
    sort: search.sort,
    page: search.page,
    pageSize: search.pageSize,
    now,
  };
}
