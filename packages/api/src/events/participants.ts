/**
 * The companies taking part in an event: the public list, the participants' catalogue (the portal's script-blind
 * folding, so "Тошкент", "Toshkent" and "toshkent" find the same company) and the suggested meetings, ranked by the
 * portal's matchmaking with its reasons.
 */
import { foldText, type LocalizedText } from "@karvon/data";
import { listCompanyMatchSides, listEventParticipants, listMatchSidesOfCompanies, localizedTextFrom, type Db, type EventParticipantRow, type MatchSideRow } from "@karvon/db";
import { rankMatches, type MatchReason } from "../matchmaking/scoring";

export type PublicParticipant = {
  companyId: string;
  slug: string;
  name: string;
  country: string;
  region: string | null;
  sectors: string[];
  hsChapters: string[];
  verified: boolean;
  description: LocalizedText;
};

/** Public profile fields only (never contact data): what the company page shows anyway. */
export function publicParticipant(row: EventParticipantRow): PublicParticipant {
  const published = row.published ?? {};
  return {
    companyId: row.companyId,
    slug: row.slug,
    name: row.legalName,
    country: row.country,
    region: row.region,
    sectors: row.sectors,
    hsChapters: row.hsChapters,
    verified: row.verificationLevel === "registry-confirmed",
    description: localizedTextFrom(published.description),
  };
}

export async function listPublicParticipants(db: Db, eventId: string): Promise<PublicParticipant[]> {
  return (await listEventParticipants(db, { eventId, publicOnly: true })).map(publicParticipant);
}

export type CatalogueFilter = { q?: string; country?: "UZ" | "AZ"; sector?: string };
export type Facets = { country: Record<string, number>; sector: Record<string, number> };

function count(into: Record<string, number>, key: string) {
  into[key] = (into[key] ?? 0) + 1;
}

/** Participants other than `exceptCompanyId` matching the filter, with counts per country and sector. */
export function filterCatalogue(participants: readonly PublicParticipant[], filter: CatalogueFilter, exceptCompanyId: string) {
  const words = filter.q === undefined ? [] : foldText(filter.q).split(/\s+/).filter((word) => word.length > 0);
  const matchesText = (participant: PublicParticipant) => {
    if (words.length === 0) return true;
    const haystack = foldText([participant.name, ...Object.values(participant.description)].join(" "));
    return words.every((word) => haystack.includes(word));
  };
  const textual = participants.filter((participant) => participant.companyId !== exceptCompanyId && matchesText(participant));
  const facets: Facets = { country: {}, sector: {} };
  for (const participant of textual) {
    if (filter.sector === undefined || participant.sectors.includes(filter.sector)) count(facets.country, participant.country);
    if (filter.country === undefined || participant.country === filter.country) for (const sector of participant.sectors) count(facets.sector, sector);
  }
  const items = textual.filter(
    (participant) =>
      (filter.country === undefined || participant.country === filter.country) &&
      (filter.sector === undefined || participant.sectors.includes(filter.sector)),
  );
  return { items, facets };
}

export type MeetingSuggestion = { company: PublicParticipant; score: number; reasons: MatchReason[] };

/** A company's sides at the event: the listings it brings, or all its public listings when it chose none. */
function broughtSides(sides: readonly MatchSideRow[], listingIds: readonly string[]): MatchSideRow[] {
  return listingIds.length === 0 ? [...sides] : sides.filter((side) => listingIds.includes(side.listingId));
}

/** The other participants worth meeting, best first, each with the reasons of its best listing pair. */
export async function suggestMeetings(db: Db, params: { eventId: string; companyId: string; listingIds: readonly string[]; limit: number }) {
  const rows = (await listEventParticipants(db, { eventId: params.eventId, publicOnly: true })).filter((row) => row.companyId !== params.companyId);
  const mine = broughtSides(await listCompanyMatchSides(db, { companyId: params.companyId, limit: 200 }), params.listingIds);
  if (mine.length === 0 || rows.length === 0) return [];
  const sides = await listMatchSidesOfCompanies(db, { companyIds: rows.map((row) => row.companyId) });
  const brought = new Map(rows.map((row) => [row.companyId, row.listingIds]));
  const candidates = sides.filter((side) => {
    const listingIds = brought.get(side.companyId) ?? [];
    return listingIds.length === 0 || listingIds.includes(side.listingId);
  });
  const byCompany = new Map<string, MeetingSuggestion>();
  const participants = new Map(rows.map((row) => [row.companyId, publicParticipant(row)]));
  for (const ranked of rankMatches(mine, candidates, candidates.length)) {
    const company = participants.get(ranked.theirs.companyId);
    if (company === undefined || byCompany.has(company.companyId)) continue;
    byCompany.set(company.companyId, { company, score: ranked.match.score, reasons: ranked.match.reasons });
  }
  return [...byCompany.values()].slice(0, params.limit);
}

/** Why two companies were matched (for the agenda): the reasons of their best pair, or none. */
export async function reasonsBetween(db: Db, params: { companyId: string; otherCompanyId: string }): Promise<MatchReason[]> {
  const [mine, theirs] = await Promise.all([
    listCompanyMatchSides(db, { companyId: params.companyId, limit: 200 }),
    listCompanyMatchSides(db, { companyId: params.otherCompanyId, limit: 200 }),
  ]);
  return rankMatches(mine, theirs, 1)[0]?.match.reasons ?? [];
}
