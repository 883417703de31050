/**
 * The companies taking part in an event: the public list, the participants' catalogue (filtered by the portal's
 * own search, so "Тошкент", "Toshkent" and "Tashkent" find the same company) and the suggested meetings, ranked by
 * the portal's matchmaking with its reasons.
 */
import type { LocalizedText } from "@karvon/data";
import {
  listCompanyMatchSides,
  listEventMatchCandidates,
  listEventParticipants,
  listMatchSidesPerCompany,
  localizedTextFrom,
  type Db,
  type EventParticipantRow,
  type MatchSideRow,
} from "@karvon/db";
import { complementaryKinds, rankMatches, type MatchReason } from "../matchmaking/scoring";

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
  return {
    companyId: row.companyId,
    slug: row.slug,
    name: row.legalName,
    country: row.country,
    region: row.region,
    sectors: row.sectors,
    hsChapters: row.hsChapters,
    verified: row.verificationLevel === "registry-confirmed",
    description: localizedTextFrom(row.description),
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

/**
 * Participants other than `exceptCompanyId` matching the filter, with counts per country and sector. The words
 * were searched by the portal's search beforehand (`eventCompaniesMatchingText`): `matchingText` holds the
 * companies they find, or is `null` without words.
 */
export function filterCatalogue(participants: readonly PublicParticipant[], filter: CatalogueFilter, exceptCompanyId: string, matchingText: ReadonlySet<string> | null) {
  const textual = participants.filter((participant) => participant.companyId !== exceptCompanyId && (matchingText === null || matchingText.has(participant.companyId)));
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

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * The other participants worth meeting, best first, each with the reasons of its best listing pair. `participants`
 * are the event's public participants (read once by the caller); only the listings that could complement one of
 * the company's own are read and ranked.
 */
export async function suggestMeetings(
  db: Db,
  params: { eventId: string; companyId: string; listingIds: readonly string[]; limit: number; participants: readonly EventParticipantRow[] },
): Promise<MeetingSuggestion[]> {
  const rows = params.participants.filter((row) => row.companyId !== params.companyId);
  const mine = broughtSides(await listCompanyMatchSides(db, { companyId: params.companyId, limit: 200 }), params.listingIds);
  if (mine.length === 0 || rows.length === 0) return [];
  const countries = unique(mine.map((side) => side.country));
  const candidates = await listEventMatchCandidates(db, {
    eventId: params.eventId,
    excludeCompanyId: params.companyId,
    // Sides of the same country never match; with sides of several countries each may still meet the others.
    excludeCountry: countries.length === 1 ? (countries[0] ?? null) : null,
    kinds: unique(mine.flatMap((side) => complementaryKinds(side.kind))),
    hsChapters: unique(mine.flatMap((side) => side.hsChapters)),
    sectors: unique(mine.flatMap((side) => side.sectors)),
  });
  const byCompany = new Map<string, MeetingSuggestion>();
  const participants = new Map(rows.map((row) => [row.companyId, row]));
  for (const ranked of rankMatches(mine, candidates, candidates.length)) {
    const row = participants.get(ranked.theirs.companyId);
    if (row === undefined || byCompany.has(row.companyId)) continue;
    byCompany.set(row.companyId, { company: publicParticipant(row), score: ranked.match.score, reasons: ranked.match.reasons });
  }
  return [...byCompany.values()].slice(0, params.limit);
}

/**
 * Why a company was matched with each of the others (for the agenda): the reasons of their best pair, or none.
 * Two statements whatever the number of partners.
 */
export async function reasonsWith(db: Db, params: { companyId: string; otherCompanyIds: readonly string[] }): Promise<Map<string, MatchReason[]>> {
  const others = unique(params.otherCompanyIds);
  const [mine, theirs] = await Promise.all([
    listCompanyMatchSides(db, { companyId: params.companyId, limit: 200 }),
    listMatchSidesPerCompany(db, { companyIds: others, perCompany: 200 }),
  ]);
  return new Map(
    others.map((otherId) => [otherId, rankMatches(mine, theirs.filter((side) => side.companyId === otherId), 1)[0]?.match.reasons ?? []]),
  );
}
