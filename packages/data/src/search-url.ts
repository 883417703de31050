import { searchTypes, type Search, type SearchType } from "./schemas/search";

/**
 * The URL query string of a search (only what differs from the defaults), so a search can be shared,
 * bookmarked and mailed; `searchInputSchema` parses it back.
 */
export function searchToUrlParams(search: Partial<Search>): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | number | boolean | undefined][] = [
    ["q", search.q],
    ["type", search.type === "all" ? undefined : search.type],
    ["country", search.country],
    ["region", search.region],
    ["sector", search.sector],
    ["hsChapter", search.hsChapter],
    ["cooperationKind", search.cooperationKind],
    ["sizeBand", search.sizeBand],
    ["economicZone", search.economicZone],
    ["verifiedOnly", search.verifiedOnly === true ? "true" : undefined],
    ["sort", search.sort === "relevance" ? undefined : search.sort],
    ["page", search.page === 1 ? undefined : search.page],
  ];
  for (const [key, value] of entries) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params;
}

/** The document kinds each search type covers (`all`: every kind); the `kind` facet counts them. */
export const searchTypeKinds: Record<SearchType, readonly string[] | undefined> = {
  all: undefined,
  companies: ["company"],
  offers: ["offer"],
  requests: ["request"],
  projects: ["joint-project"],
};

/** The search type that shows only documents of a kind. */
export function searchTypeOfKind(kind: string): SearchType | undefined {
  return searchTypes.find((type) => searchTypeKinds[type]?.includes(kind) === true && searchTypeKinds[type]?.length === 1);
}
