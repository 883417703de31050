import type { LocalizedText } from "@karvon/data";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companies, listings, searchDocuments, searchWords } from "../schema";
import { buildSearchText, classificationTexts, localizedValues, withSectorSections, type SearchText } from "./search-text";

type CompanyRow = typeof companies.$inferSelect;
type ListingRow = typeof listings.$inferSelect;
type NewDocument = typeof searchDocuments.$inferInsert;

/** A `LocalizedText` read from a jsonb snapshot, keeping only string values. */
export function localizedTextFrom(value: unknown): LocalizedText {
  if (typeof value !== "object" || value === null) return {};
  const out: LocalizedText = {};
  for (const [locale, text] of Object.entries(value)) {
    if ((locale === "en" || locale === "ru" || locale === "uz" || locale === "az") && typeof text === "string") {
      out[locale] = text;
    }
  }
  return out;
}

function summaryOf(description: LocalizedText): LocalizedText {
  const out: LocalizedText = {};
  for (const [locale, text] of Object.entries(description) as [keyof LocalizedText, string][]) {
    out[locale] = text.length > 240 ? `${text.slice(0, 239).trimEnd()}…` : text;
  }
  return out;
}

/** Public: published, not suspended, not deleted. */
export function isCompanySearchable(company: CompanyRow): boolean {
  return company.published !== null && company.publishedAt !== null && company.suspendedAt === null && company.deletedAt === null;
}

/** Public: an approved version exists, not hidden by a moderator, not expired, and its company is public. */
export function isListingSearchable(listing: ListingRow, company: CompanyRow, now: Date): boolean {
  return (
    isCompanySearchable(company) &&
    listing.published !== null &&
    listing.publishedAt !== null &&
    listing.hiddenAt === null &&
    (listing.validUntil === null || listing.validUntil > now)
  );
}

/** The columns a document takes from its company: its place, size and verification, the same for all its documents. */
function companyColumns(company: CompanyRow) {
  return {
    companyId: company.id,
    country: company.country,
    region: company.region,
    sizeBand: company.sizeBand,
    economicZone: company.economicZone,
    verified: company.verificationLevel === "registry-confirmed",
  };
}

/** The columns text search reads, from buildSearchText. */
function textColumns(text: SearchText) {
  return { folded: text.folded, nameFolded: text.nameFolded, concepts: text.concepts, body: text.body };
}

function companyDocument(company: CompanyRow): { row: NewDocument; words: string[] } {
  const published = company.published ?? {};
  const description = published.description ?? {};
  const classification = {
    country: company.country,
    region: company.region,
    district: published.district ?? null,
    economicZone: company.economicZone,
    sectors: company.sectors,
    hsChapters: company.hsChapters,
    // A company profile names no cooperation kinds: only its listings do.
    cooperationKinds: [],
  };
  // A company's name is its document's title (weight A); in its listings' documents the name weighs less (B).
  const text = buildSearchText([company.legalName, ...localizedValues(description)], classificationTexts(classification));
  return {
    words: text.words,
    row: {
      entityType: "company",
      entityId: company.id,
      ...companyColumns(company),
      kind: "company",
      sectors: withSectorSections(company.sectors),
      hsChapters: company.hsChapters,
      cooperationKinds: classification.cooperationKinds,
      publishedAt: company.publishedAt ?? new Date(0),
      validUntil: null,
      display: {
        title: { en: company.legalName },
        summary: summaryOf(description),
        companyName: company.legalName,
        companySlug: company.slug,
      },
      ...textColumns(text),
    },
  };
}

function listingDocument(listing: ListingRow, company: CompanyRow): { row: NewDocument; words: string[] } {
  const published = listing.published ?? {};
  const title = published.title ?? {};
  const description = published.description ?? {};
  const classification = {
    kind: listing.kind,
    country: company.country,
    region: company.region,
    district: company.published?.district ?? null,
    economicZone: company.economicZone,
    sectors: listing.sectors,
    hsChapters: listing.hsChapters,
    cooperationKinds: listing.cooperationKinds,
  };
  const text = buildSearchText([...localizedValues(title), ...localizedValues(description)], classificationTexts(classification), company.legalName);
  return {
    words: text.words,
    row: {
      entityType: "listing",
      entityId: listing.id,
      ...companyColumns(company),
      kind: listing.kind,
      sectors: withSectorSections(listing.sectors),
      hsChapters: listing.hsChapters,
      cooperationKinds: listing.cooperationKinds,
      publishedAt: listing.publishedAt ?? new Date(0),
      validUntil: listing.validUntil,
      display: {
        title,
        summary: summaryOf(description),
        companyName: company.legalName,
        companySlug: company.slug,
        direction: listing.direction,
        targetCountry: listing.targetCountry,
      },
      ...textColumns(text),
    },
  };
}

/** Rows per INSERT: ~20 bind parameters each, well under PostgreSQL's 65,535 per statement. */
const documentsPerInsert = 1000;

async function upsertDocuments(db: Db, documents: { row: NewDocument; words: string[] }[]): Promise<void> {
  for (let start = 0; start < documents.length; start += documentsPerInsert) {
    await upsertDocumentRows(db, documents.slice(start, start + documentsPerInsert).map((document) => document.row));
  }
  const words = [...new Set(documents.flatMap((document) => document.words))];
  // Sorted, so concurrent writers take the dictionary's row locks in the same order (no deadlock).
  words.sort();
  for (let start = 0; start < words.length; start += 1000) {
    const chunk = words.slice(start, start + 1000).map((word) => ({ word }));
    await db.insert(searchWords).values(chunk).onConflictDoNothing();
  }
}

async function upsertDocumentRows(db: Db, rows: NewDocument[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(searchDocuments)
    .values(rows)
    .onConflictDoUpdate({
      target: searchDocuments.entityId,
      set: {
        kind: sql`excluded.kind`,
        companyId: sql`excluded.company_id`,
        country: sql`excluded.country`,
        region: sql`excluded.region`,
        sectors: sql`excluded.sectors`,
        hsChapters: sql`excluded.hs_chapters`,
        cooperationKinds: sql`excluded.cooperation_kinds`,
        sizeBand: sql`excluded.size_band`,
        economicZone: sql`excluded.economic_zone`,
        verified: sql`excluded.verified`,
        publishedAt: sql`excluded.published_at`,
        validUntil: sql`excluded.valid_until`,
        display: sql`excluded.display`,
        folded: sql`excluded.folded`,
        nameFolded: sql`excluded.name_folded`,
        concepts: sql`excluded.concepts`,
        body: sql`excluded.body`,
      },
    });
}

/**
 * Brings one listing's search document in line with its state: written when the listing is public, removed
 * otherwise. Call it in the same transaction as every change of the listing that affects visibility (publish,
 * edit approved, hide, unhide, renew, expire).
 */
export async function refreshSearchDocumentForListing(db: Db, listingId: string, now: Date = new Date()): Promise<void> {
  const [row] = await db
    .select({ listing: listings, company: companies })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(eq(listings.id, listingId))
    .limit(1);
  if (row === undefined || !isListingSearchable(row.listing, row.company, now)) {
    await db.delete(searchDocuments).where(eq(searchDocuments.entityId, listingId));
    return;
  }
  await upsertDocuments(db, [listingDocument(row.listing, row.company)]);
}

/**
 * Brings a company's own document and those of all its listings in line with the company's state: call it in
 * the same transaction as publishing, re-approving, suspending, unsuspending or verifying a company. A company
 * that is not public takes all its documents out of search.
 */
export async function refreshSearchDocumentsForCompany(db: Db, companyId: string, now: Date = new Date()): Promise<void> {
  await refreshSearchDocumentsForCompanies(db, [companyId], now);
}

/**
 * `refreshSearchDocumentsForCompany` for many companies in a handful of statements (the demo seed and the
 * benchmark's bulk load write thousands of companies; one round of statements each would dominate the load).
 */
export async function refreshSearchDocumentsForCompanies(db: Db, companyIds: readonly string[], now: Date = new Date()): Promise<void> {
  if (companyIds.length === 0) return;
  const rows = await db.select().from(companies).where(inArray(companies.id, [...companyIds]));
  const searchable = new Map(rows.filter(isCompanySearchable).map((company) => [company.id, company]));
  const notPublic = companyIds.filter((id) => !searchable.has(id));
  if (notPublic.length > 0) await db.delete(searchDocuments).where(inArray(searchDocuments.companyId, notPublic));
  if (searchable.size === 0) return;
  const listingRows = await db
    .select()
    .from(listings)
    .where(and(inArray(listings.companyId, [...searchable.keys()]), isNotNull(listings.published)));
  const documents = [...searchable.values()].map(companyDocument);
  const hiddenIds: string[] = [];
  for (const listing of listingRows) {
    const company = searchable.get(listing.companyId);
    if (company !== undefined && isListingSearchable(listing, company, now)) documents.push(listingDocument(listing, company));
    else hiddenIds.push(listing.id);
  }
  if (hiddenIds.length > 0) await db.delete(searchDocuments).where(inArray(searchDocuments.entityId, hiddenIds));
  await upsertDocuments(db, documents);
}
