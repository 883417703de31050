import type { ListingContent, ListingKind, Locale } from "@karvon/data";
import { and, desc, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companies, listings, member, user } from "../schema";
import { refreshSearchDocumentForListing } from "./search-documents";

export type ListingRow = typeof listings.$inferSelect;

/** How long a listing stays in search after approval or renewal unless it names its own date. */
export const defaultListingValidityDays = 182;

/** The facet and matchmaking columns, always taken from the snapshot being published (or seeded as published). */
export function listingColumnsOf(content: ListingContent) {
  return {
    sectors: content.sectors ?? [],
    hsChapters: content.hsChapters ?? [],
    cooperationKinds: content.cooperationKinds ?? [],
    direction: content.direction ?? null,
    targetCountry: content.targetCountry ?? null,
    importsFrom: content.importsFrom ?? [],
  };
}

/** The end of validity: the listing's own date (end of that day, UTC) or the default period from `from`. */
export function validityEnd(content: ListingContent, from: Date): Date {
  const own = content.validUntil;
  if (own !== undefined) {
    const end = new Date(`${own}T23:59:59.999Z`);
    if (!Number.isNaN(end.getTime()) && end > from) return end;
  }
  return new Date(from.getTime() + defaultListingValidityDays * 24 * 3600 * 1000);
}

export async function createListingDraft(
  db: Db,
  params: { companyId: string; kind: ListingKind; content: ListingContent; createdBy: string; at: Date },
): Promise<ListingRow> {
  const [row] = await db
    .insert(listings)
    .values({
      companyId: params.companyId,
      kind: params.kind,
      content: params.content,
      createdBy: params.createdBy,
      createdAt: params.at,
      updatedAt: params.at,
    })
    .returning();
  if (row === undefined) throw new Error("listing not created");
  return row;
}

export async function getListingById(db: Db, listingId: string): Promise<ListingRow | null> {
  const [row] = await db.select().from(listings).where(eq(listings.id, listingId)).limit(1);
  return row ?? null;
}

/**
 * Replaces the working copy. A listing under review, sent back or rejected becomes a draft again; the published
 * snapshot (if any) stays public untouched. Bumps the version, so a moderator's decision on the old one fails.
 */
export async function saveListingDraft(
  db: Db,
  params: { listingId: string; content: ListingContent; at: Date },
): Promise<ListingRow | null> {
  const [row] = await db
    .update(listings)
    .set({
      content: params.content,
      status: "draft",
      version: sql`${listings.version} + 1`,
      updatedAt: params.at,
    })
    .where(eq(listings.id, params.listingId))
    .returning();
  return row ?? null;
}

/** Hands the working copy to the moderators (a draft, changes-requested or rejected listing). */
export async function submitListing(db: Db, params: { listingId: string; at: Date }): Promise<ListingRow | null> {
  const [row] = await db
    .update(listings)
    .set({ status: "submitted", submittedAt: params.at, version: sql`${listings.version} + 1`, updatedAt: params.at })
    .where(and(eq(listings.id, params.listingId), inArray(listings.status, ["draft", "changes-requested", "rejected"])))
    .returning();
  return row ?? null;
}

type Decision = { listingId: string; version: number; moderatorId: string; at: Date };
type DecisionWithReasons = Decision & { reasons: string[]; note?: string | null };

const underReview = (params: Decision) =>
  and(eq(listings.id, params.listingId), eq(listings.version, params.version), eq(listings.status, "submitted"));

/**
 * Publishes the submitted working copy of exactly `version` (compare-and-set): copies `content` into
 * `published` and the facet columns, sets publishedAt the first time, starts the validity period, bumps the
 * version and writes the search document — all in one transaction. Null when the listing changed or was decided
 * meanwhile (the caller lost the race).
 */
export async function approveListingVersion(db: Db, params: Decision): Promise<ListingRow | null> {
  return db.transaction(async (tx) => {
    const current = await getListingById(tx, params.listingId);
    if (current === null || current.version !== params.version || current.status !== "submitted") return null;
    const snapshot = current.content;
    const [row] = await tx
      .update(listings)
      .set({
        published: snapshot,
        ...listingColumnsOf(snapshot),
        status: "published",
        publishedAt: sql`coalesce(${listings.publishedAt}, ${params.at.toISOString()}::timestamptz)`,
        validUntil: validityEnd(snapshot, params.at),
        expiredNotifiedAt: null,
        reviewReasons: [],
        reviewNote: null,
        version: sql`${listings.version} + 1`,
        updatedAt: params.at,
      })
      .where(underReview(params))
      .returning();
    if (row === undefined) return null;
    await refreshSearchDocumentForListing(tx, row.id, params.at);
    return row;
  });
}

async function decideWithReasons(
  db: Db,
  params: DecisionWithReasons,
  status: "changes-requested" | "rejected",
): Promise<ListingRow | null> {
  const [row] = await db
    .update(listings)
    .set({
      status,
      reviewReasons: params.reasons,
      reviewNote: params.note ?? null,
      version: sql`${listings.version} + 1`,
      updatedAt: params.at,
    })
    .where(underReview(params))
    .returning();
  return row ?? null;
}

/** Sends the submitted version back with reasons (a published snapshot stays public); null on a lost race. */
export async function requestListingChanges(db: Db, params: DecisionWithReasons): Promise<ListingRow | null> {
  return decideWithReasons(db, params, "changes-requested");
}

/** Rejects the submitted version (a published snapshot stays public); null on a lost race. */
export async function rejectListing(db: Db, params: DecisionWithReasons): Promise<ListingRow | null> {
  return decideWithReasons(db, params, "rejected");
}

/** A moderator hides (or, with `hidden: false`, shows again) the published version; search follows. */
export async function setListingHidden(
  db: Db,
  params: { listingId: string; hidden: boolean; reason?: string | null; at: Date },
): Promise<ListingRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(listings)
      .set({
        hiddenAt: params.hidden ? params.at : null,
        hiddenReason: params.hidden ? (params.reason ?? null) : null,
        updatedAt: params.at,
      })
      .where(eq(listings.id, params.listingId))
      .returning();
    if (row === undefined) return null;
    await refreshSearchDocumentForListing(tx, row.id, params.at);
    return row;
  });
}

/** Starts a new validity period for a published listing and puts it back into search. */
export async function renewListing(db: Db, params: { listingId: string; at: Date }): Promise<ListingRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(listings)
      .set({
        validUntil: new Date(params.at.getTime() + defaultListingValidityDays * 24 * 3600 * 1000),
        expiredNotifiedAt: null,
        updatedAt: params.at,
      })
      .where(and(eq(listings.id, params.listingId), isNotNull(listings.published)))
      .returning();
    if (row === undefined) return null;
    await refreshSearchDocumentForListing(tx, row.id, params.at);
    return row;
  });
}

/** Published listings whose validity ended and whose owner has not been told yet. */
export async function listNewlyExpiredListings(db: Db, params: { now: Date; limit?: number }): Promise<ListingRow[]> {
  return db
    .select()
    .from(listings)
    .where(and(isNotNull(listings.published), lte(listings.validUntil, params.now), isNull(listings.expiredNotifiedAt)))
    .orderBy(listings.validUntil)
    .limit(params.limit ?? 500);
}

/** Marks a listing's expiry as handled and takes it out of search (in the caller's transaction). */
export async function markListingExpired(db: Db, params: { listingId: string; at: Date }): Promise<void> {
  await db.update(listings).set({ expiredNotifiedAt: params.at }).where(eq(listings.id, params.listingId));
  await refreshSearchDocumentForListing(db, params.listingId, params.at);
}

/** Who hears about a listing: its author if still a member, else the company's owners. */
export async function listListingRecipients(
  db: Db,
  params: { listingId: string },
): Promise<{ email: string; locale: Locale; name: string }[]> {
  const listing = await getListingById(db, params.listingId);
  if (listing === null) return [];
  const people = await db
    .select({ userId: user.id, email: user.email, locale: user.locale, name: user.name, role: member.role })
    .from(member)
    .innerJoin(companies, eq(companies.organizationId, member.organizationId))
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(companies.id, listing.companyId));
  const author = people.filter((person) => person.userId === listing.createdBy);
  const chosen = author.length > 0 ? author : people.filter((person) => person.role === "owner");
  return chosen.map(({ email, locale, name }) => ({ email, locale, name }));
}

/** Every listing of a company (all states), newest first — for its members. */
export async function listCompanyListings(db: Db, companyId: string): Promise<ListingRow[]> {
  return db.select().from(listings).where(eq(listings.companyId, companyId)).orderBy(desc(listings.updatedAt));
}

/** The public listings of a company: published, not hidden, not expired, newest first. */
export async function listPublicCompanyListings(
  db: Db,
  params: { companyId: string; now: Date; limit?: number },
): Promise<ListingRow[]> {
  return db
    .select()
    .from(listings)
    .where(
      and(
        eq(listings.companyId, params.companyId),
        isNotNull(listings.published),
        isNull(listings.hiddenAt),
        sql`(${listings.validUntil} is null or ${listings.validUntil} > ${params.now.toISOString()}::timestamptz)`,
      ),
    )
    .orderBy(desc(listings.publishedAt))
    .limit(params.limit ?? 50);
}
