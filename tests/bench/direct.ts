/**
 * Search and matchmaking called in-process, exactly as the routers call them (no web server): for the recall
 * test in `npm test` and the benchmark's short mode.
 */
import { findPartnersForCompany, toSearchParams } from "@karvon/api";
import { searchInputSchema } from "@karvon/data";
import { searchPartners, type Db } from "@karvon/db";
import type { MatchIds, SearchIds } from "./recall";

export function directSearch(db: Db, now: Date = new Date()): SearchIds {
  return async (input) => {
    const result = await searchPartners(db, toSearchParams(searchInputSchema.parse(input), now));
    return result.hits.map((hit) => hit.entityId);
  };
}

export function directMatches(db: Db): MatchIds {
  return async (companyId) => {
    const suggestions = await findPartnersForCompany(db, { companyId, limit: 10 });
    return suggestions.map((suggestion) => suggestion.theirs.listingId);
  };
}
