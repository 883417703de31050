import type { LocalizedText } from "@karvon/data";
import { and, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { companies, listings, searchDocuments } from "../schema";
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

async function selectSides(db: Db, where: SQL | undefined, limit: number): Promise<MatchSideRow[]> {
  const rows = await db
    .select({
      listingId: listings.id,
      companyId: listings.companyId,
      kind: listings.kind,
      country: searchDocuments.country,
      region: searchDocuments.region,
      district: sql<string | null>`${companies.published} ->> 'district'`,
      economicZone: searchDocuments.economicZone,
      sectors: listings.sectors,
      hsChapters: listings.hsChapters,
      direction: listings.direction,
      importsFrom: listings.importsFrom,
      verified: searchDocuments.verified,
      publishedAt: searchDocuments.publishedAt,
      title: sql<unknown>`${listings.published} -> 'title'`,
      companyName: companies.legalName,
      companySlug: companies.slug,
    })
    .from(searchDocuments)
    .innerJoin(listings, eq(listings.id, searchDocuments.entityId))
    .innerJoin(companies, eq(companies.id, searchDocuments.companyId))
    .where(and(eq(searchDocuments.entityType, "listing"), where))
    .orderBy(desc(searchDocuments.publishedAt), listings.id)
    .limit(limit);
  return rows.map((row) => ({ ...row, title: localizedTextFrom(row.title) }));
}

/** The public (searchable) listings of a company. */
export async function listCompanyMatchSides(db: Db, params: { companyId: string; limit?: number }): Promise<MatchSideRow[]> {
  return selectSides(db, eq(searchDocuments.companyId, params.companyId), params.limit ?? 50);
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
  return selectSides(
    db,
    and(
      inArray(searchDocuments.country, [...params.countries]),
      inArray(searchDocuments.kind, [...params.kinds]),
      sql`${searchDocuments.companyId} <> ${params.excludeCompanyId}`,
      or(...overlaps),
    ),
    params.limit ?? 300,
  );
}
