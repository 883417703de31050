import { getListingById, searchPartners, type Db, type SearchHit } from "@karvon/db";

/**
 * Public listings of the same kind classified like this one (its HS chapters, else its sectors), through the
 * same search as everything else, without the listing itself.
 */
export async function similarListings(db: Db, params: { listingId: string; limit: number; now: Date }): Promise<SearchHit[]> {
  const listing = await getListingById(db, params.listingId);
  if (listing === null || listing.published === null) return [];
  const byHs = listing.hsChapters.length > 0;
  if (!byHs && listing.sectors.length === 0) return [];
  const result = await searchPartners(db, {
    kinds: [listing.kind],
    hsChapters: byHs ? listing.hsChapters : undefined,
    sectors: byHs ? undefined : listing.sectors,
    pageSize: params.limit + 1,
    now: params.now,
  });
  return result.hits.filter((hit) => hit.entityId !== listing.id).slice(0, params.limit);
}
