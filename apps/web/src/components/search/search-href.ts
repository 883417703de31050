import { searchToUrlParams, type Search } from "@karvon/data";

/** The /search link of a search with some fields changed; any change of filters goes back to page 1. */
export function searchHref(search: Search, patch: Partial<Search>): string {
  const next = { ...search, page: 1, ...patch };
  const query = searchToUrlParams(next).toString();
  return query === "" ? "/search" : `/search?${query}`;
}

/** How many filters (not text, sort or page) are active. */
export function activeFilterCount(search: Search): number {
  const values = [search.country, search.region, search.sector, search.hsChapter, search.cooperationKind, search.sizeBand, search.economicZone];
  return values.filter((value) => value !== undefined).length + (search.type === "all" ? 0 : 1) + (search.verifiedOnly ? 1 : 0);
}
