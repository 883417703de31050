import type { Search, SearchType } from "@karvon/data";
import type { SearchPartnersParams } from "@karvon/db";

const kindsOfType: Record<SearchType, string[] | undefined> = {
  all: undefined,
  companies: ["company"],
  offers: ["offer"],
  requests: ["request"],
  projects: ["joint-project"],
};

/** The facet value of each search type, and back: the web app shows type counts from the `kind` facet. */
export const searchTypeOfKind: Record<string, SearchType> = {
  company: "companies",
  offer: "offers",
  request: "requests",
  "joint-project": "projects",
};

const one = (value: string | undefined) => (value === undefined ? undefined : [value]);

/** A validated search input as the parameters of `searchPartners`. */
export function toSearchParams(search: Search, now: Date): SearchPartnersParams {
  return {
    text: search.q,
    kinds: kindsOfType[search.type],
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
