import type { LocalizedText } from "@karvon/data";
import { and, desc, eq, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { companies, eventRegistrations, listings, searchDocuments } from "../schema";
import { localizedTextFrom } from "./search-documents";

/** A public listing as matchmaking sees it: the listing's classification plus its company's place. */
export type MatchSideRow = {
  listingId: string;
  companyId: string;
  kind: string;
  country: string;
  region: string | null;
  district: string | null;
  economicZone: string | null;
  sectors: string[];
  hsChapters: string[];
  direction: string | null;
  importsFrom: string[];
  verified: boolean;
  publishedAt: Date;
  title: LocalizedText;
  companyName: string;
  companySlug: string;
};

const arrayOf = (values: readonly string[]) => sql`array[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`;

/** The search document's columns a side reads: from `search_documents` itself, or from a subquery of it. */
type DocumentColumns = Record<"country" | "region" | "economicZone" | "verified" | "publishedAt", AnyPgColumn>;

const sideFields = <Document extends DocumentColumns>(document: Document) => ({
  listingId: listings.id,
  companyId: listings.companyId,
  kind: listings.kind,
  country: document.country,
  region: document.region,
  district: sql<string | null>`${companies.published} ->> 'district'`,
  economicZone: document.economicZone,
  sectors: listings.sectors,
  hsChapters: listings.hsChapters,
  direction: listings.direction,
  importsFrom: listings.importsFrom,
  verified: document.verified,
  publishedAt: document.publishedAt,
  title: sql<unknown>`${listings.published} -> 'title'`,
  companyName: companies.legalName,
  companySlug: companies.slug,
});

const withTitles = (rows: (Omit<MatchSideRow, "title"> & { title: unknown })[]): MatchSideRow[] =>
  rows.map((row) => ({ ...row, title: localizedTextFrom(row.title) }));

async function selectSides(db: Db, where: SQL | undefined, limit: number): Promise<MatchSideRow[]> {
  const rows = await db
    .select(sideFields(searchDocuments))
    .from(searchDocuments)
    .innerJoin(listings, eq(listings.id, searchDocuments.entityId))
    .innerJoin(companies, eq(companies.id, searchDocuments.companyId))
    .where(and(eq(searchDocuments.entityType, "listing"), where))
    .orderBy(desc(searchDocuments.publishedAt), listings.id)
    .limit(limit);
  return withTitles(rows);
}

/** The public (searchable) listings of a company. */
export async function listCompanyMatchSides(db: Db, params: { companyId: string; limit?: number }): Promise<MatchSideRow[]> {
  return selectSides(db, eq(searchDocuments.companyId, params.companyId), params.limit ?? 50);
}

/**
 * The newest `perCompany` public listings of each of the given companies, in one statement: what
 * `listCompanyMatchSides` answers for each of them, newest first over all of them.
 */
export async function listMatchSidesPerCompany(db: Db, params: { companyIds: readonly string[]; perCompany: number }): Promise<MatchSideRow[]> {
  if (params.companyIds.length === 0) return [];
  const ranked = db
    .select({
      entityId: searchDocuments.entityId,
      rank: sql<number>`row_number() over (partition by ${searchDocuments.companyId} order by ${searchDocuments.publishedAt} desc, ${searchDocuments.entityId})`.as("rank"),
    })
    .from(searchDocuments)
    .where(and(eq(searchDocuments.entityType, "listing"), inArray(searchDocuments.companyId, [...params.companyIds])))
    .as("ranked");
  const newest = db.select({ entityId: ranked.entityId }).from(ranked).where(lte(ranked.rank, params.perCompany));
  return selectSides(db, inArray(searchDocuments.entityId, newest), params.companyIds.length * params.perCompany);
}

/**
 * The listings an event's public participants bring (all their public listings when they chose none) that could
 * complement a side: of the given kinds, not of `excludeCountry` nor `excludeCompanyId`, sharing an HS chapter or
 * a sector with the given lists. Every other listing scores nothing against those sides, so ranking these alone
 * gives the same answer as ranking all the participants' listings. A public participant is approved and its
 * company published, neither suspended nor deleted (as `listEventParticipants` keeps them).
 */
export async function listEventMatchCandidates(
  db: Db,
  params: {
    eventId: string;
    excludeCompanyId: string;
    excludeCountry: string | null;
    kinds: readonly string[];
    hsChapters: readonly string[];
    sectors: readonly string[];
  },
): Promise<MatchSideRow[]> {
  if (params.kinds.length === 0 || (params.hsChapters.length === 0 && params.sectors.length === 0)) return [];
  const overlaps = [
    params.hsChapters.length > 0 ? sql`${listings.hsChapters} && ${arrayOf(params.hsChapters)}` : undefined,
    params.sectors.length > 0 ? sql`${listings.sectors} && ${arrayOf(params.sectors)}` : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
  const bringsIt = and(
    eq(eventRegistrations.eventId, params.eventId),
    eq(eventRegistrations.companyId, searchDocuments.companyId),
    eq(eventRegistrations.status, "approved"),
    sql`(cardinality(${eventRegistrations.listingIds}) = 0 or ${listings.id} = any(${eventRegistrations.listingIds}))`,
  );
  const brought = db.select({ id: sql`1` }).from(eventRegistrations).where(bringsIt);
  return selectSides(
    db,
    and(
      sql`exists (${brought})`,
      isNotNull(companies.published),
      isNull(companies.suspendedAt),
      isNull(companies.deletedAt),
      sql`${searchDocuments.companyId} <> ${params.excludeCompanyId}`,
      params.excludeCountry === null ? undefined : sql`${searchDocuments.country} <> ${params.excludeCountry}`,
      sql`${listings.kind} = any(${arrayOf(params.kinds)})`,
      or(...overlaps),
    ),
    100_000,
  );
}

/** One public listing, or null. */
export async function getListingMatchSide(db: Db, listingId: string): Promise<MatchSideRow | null> {
  const [row] = await selectSides(db, eq(searchDocuments.entityId, listingId), 1);
  return row ?? null;
}

/**
 * Public listings of the given countries and kinds that share an HS chapter or a sector division with the
 * given lists, newest first: the candidates the matchmaking score ranks. The overlaps test the search document's
 * copies of the codes, which are GIN-indexed (a listing's document holds its HS chapters and its sector divisions
 * plus their sections, and the given sectors are divisions, so the answer is the same).
 *
 * The newest `limit` documents are chosen from `search_documents` alone, and only those rows are joined to their
 * listing and company. For the common codes that is an index-only walk of the listings of the country, newest
 * first, in the covering index of migration 0013 (a few thousand index entries, no table rows); for rare codes
 * the planner takes the GIN indexes instead. Two details keep those plans:
 * - `entity_type = 'listing'` is written as a literal, so the partial index applies even to a generic plan;
 * - the kinds are compared with `collate "C"`: the same equality (both collations are deterministic, so text
 *   equality is bytewise), but the (kind, country) btree cannot serve it, so for rare codes the planner no longer
 *   ANDs the GIN hits with a bitmap of the ~50,000 documents of those kinds and country (6.5 of the 7 ms the
 *   query took for a rare HS chapter at 100,000 companies). Its row estimate is unchanged.
 * Same rows in the same order as joining first: every listing document has its listing and company.
 */
export async function listMatchCandidates(
  db: Db,
  params: {
    countries: readonly string[];
    kinds: readonly string[];
    hsChapters: readonly string[];
    sectors: readonly string[];
    excludeCompanyId: string;
    limit?: number;
  },
): Promise<MatchSideRow[]> {
  if (params.countries.length === 0 || params.kinds.length === 0) return [];
  if (params.hsChapters.length === 0 && params.sectors.length === 0) return [];
  const overlaps = [
    params.hsChapters.length > 0 ? sql`${searchDocuments.hsChapters} && ${arrayOf(params.hsChapters)}` : undefined,
    params.sectors.length > 0 ? sql`${searchDocuments.sectors} && ${arrayOf(params.sectors)}` : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
  const kinds = sql.join(params.kinds.map((kind) => sql`${kind}`), sql`, `);
  const chosen = db
    .select({
      entityId: searchDocuments.entityId,
      companyId: searchDocuments.companyId,
      country: searchDocuments.country,
      region: searchDocuments.region,
      economicZone: searchDocuments.economicZone,
      verified: searchDocuments.verified,
      publishedAt: searchDocuments.publishedAt,
    })
    .from(searchDocuments)
    .where(
      and(
        sql`${searchDocuments.entityType} = 'listing'`,
        inArray(searchDocuments.country, [...params.countries]),
        sql`${searchDocuments.kind} collate "C" in (${kinds})`,
        sql`${searchDocuments.companyId} <> ${params.excludeCompanyId}`,
        or(...overlaps),
      ),
    )
    .orderBy(desc(searchDocuments.publishedAt), searchDocuments.entityId)
    .limit(params.limit ?? 300)
    .as("chosen");
  const rows = await db
    .select(sideFields(chosen))
    .from(chosen)
    .innerJoin(listings, eq(listings.id, chosen.entityId))
    .innerJoin(companies, eq(companies.id, chosen.companyId))
    .orderBy(desc(chosen.publishedAt), chosen.entityId);
  return withTitles(rows);
}
