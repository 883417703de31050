import { partnerCountryCodes, type LocalizedText } from "@karvon/data";
import { getListingMatchSide, listCompanyMatchSides, listMatchCandidates, type Db, type MatchSideRow } from "@karvon/db";
import { complementaryKinds, rankMatches, type MatchReason } from "./scoring";

export type PartnerSuggestion = {
  score: number;
  reasons: MatchReason[];
  mine: { listingId: string; kind: string; title: LocalizedText };
  theirs: {
    listingId: string;
    kind: string;
    title: LocalizedText;
    country: string;
    region: string | null;
    companyName: string;
    companySlug: string;
    verified: boolean;
  };
};

async function suggestFor(db: Db, mine: MatchSideRow[], limit: number): Promise<PartnerSuggestion[]> {
  const first = mine[0];
  if (first === undefined) return [];
  const candidates = await listMatchCandidates(db, {
    countries: partnerCountryCodes.filter((country) => country !== first.country),
    kinds: [...new Set(mine.flatMap((side) => complementaryKinds(side.kind)))],
    hsChapters: [...new Set(mine.flatMap((side) => side.hsChapters))],
    sectors: [...new Set(mine.flatMap((side) => side.sectors))],
    excludeCompanyId: first.companyId,
  });
  const byId = new Map<string, MatchSideRow>([...mine, ...candidates].map((side) => [side.listingId, side]));
  return rankMatches(mine, candidates, limit).flatMap((ranked) => {
    const own = byId.get(ranked.mine.listingId);
    const theirs = byId.get(ranked.theirs.listingId);
    if (own === undefined || theirs === undefined) return [];
    return [
      {
        score: ranked.match.score,
        reasons: ranked.match.reasons,
        mine: { listingId: own.listingId, kind: own.kind, title: own.title },
        theirs: {
          listingId: theirs.listingId,
          kind: theirs.kind,
          title: theirs.title,
          country: theirs.country,
          region: theirs.region,
          companyName: theirs.companyName,
          companySlug: theirs.companySlug,
          verified: theirs.verified,
        },
      },
    ];
  });
}

/** "Partners for you": complementary listings of the other country for every public listing of the company. */
export async function findPartnersForCompany(db: Db, params: { companyId: string; limit: number }): Promise<PartnerSuggestion[]> {
  return suggestFor(db, await listCompanyMatchSides(db, { companyId: params.companyId }), params.limit);
}

/** "Companies that may need this": complementary listings of the other country for one public listing. */
export async function findPartnersForListing(db: Db, params: { listingId: string; limit: number }): Promise<PartnerSuggestion[]> {
  const side = await getListingMatchSide(db, params.listingId);
  return side === null ? [] : suggestFor(db, [side], params.limit);
}
