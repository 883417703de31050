import { and, eq, isNotNull, isNull, ne, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { companies, contactRequests, conversations, listings, member, messages } from "../schema";
import type { CompanyRow } from "./companies";

/** Suspends a company (its content leaves search; no contact either way); null when already suspended. */
export async function suspendCompany(db: Db, params: { companyId: string; reason: string; at: Date }): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({ suspendedAt: params.at, suspendedReason: params.reason, updatedAt: params.at })
    .where(and(eq(companies.id, params.companyId), isNull(companies.suspendedAt)))
    .returning();
  return row ?? null;
}

/** Lifts a suspension (an appeal granted); null when the company was not suspended. */
export async function liftCompanySuspension(db: Db, params: { companyId: string; at: Date }): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({ suspendedAt: null, suspendedReason: null, updatedAt: params.at })
    .where(and(eq(companies.id, params.companyId), isNotNull(companies.suspendedAt)))
    .returning();
  return row ?? null;
}

/** A rejected company goes back to the queue (an appeal granted); null when it is no longer rejected. */
export async function reopenRejectedCompany(db: Db, params: { companyId: string; at: Date }): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({ status: "submitted", submittedAt: params.at, version: sql`${companies.version} + 1`, updatedAt: params.at })
    .where(and(eq(companies.id, params.companyId), eq(companies.status, "rejected")))
    .returning();
  return row ?? null;
}

/** A moderator checked the national register: verification becomes registry-confirmed; null if it already was. */
export async function confirmCompanyRegistry(db: Db, params: { companyId: string; moderatorId: string; at: Date }): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({ verificationLevel: "registry-confirmed", verifiedAt: params.at, verifiedBy: params.moderatorId, updatedAt: params.at })
    .where(and(eq(companies.id, params.companyId), ne(companies.verificationLevel, "registry-confirmed")))
    .returning();
  return row ?? null;
}

/** Hides a listing after a report (the published version leaves search and its page); null if already hidden. */
export async function hideListing(db: Db, params: { listingId: string; reason: string; at: Date }): Promise<{ id: string; companyId: string } | null> {
  const [row] = await db
    .update(listings)
    .set({ hiddenAt: params.at, hiddenReason: params.reason, updatedAt: params.at })
    .where(and(eq(listings.id, params.listingId), isNull(listings.hiddenAt)))
    .returning({ id: listings.id, companyId: listings.companyId });
  return row ?? null;
}

/**
 * The people answerable for reported content, whom a ban falls on: the author of a message or contact request,
 * the member who created a listing, or a company's owners.
 */
export async function findResponsibleUsers(db: Db, params: { targetType: string; targetId: string }): Promise<string[]> {
  const ids = async (query: Promise<{ userId: string | null }[]>) =>
    (await query).map((row) => row.userId).filter((id): id is string => id !== null);
  switch (params.targetType) {
    case "message":
      return ids(db.select({ userId: messages.senderUserId }).from(messages).where(eq(messages.id, params.targetId)));
    case "contact-request":
      return ids(
        db.select({ userId: contactRequests.senderUserId }).from(contactRequests).where(eq(contactRequests.id, params.targetId)),
      );
    case "listing":
      return ids(db.select({ userId: listings.createdBy }).from(listings).where(eq(listings.id, params.targetId)));
    case "company":
      return ids(
        db
          .select({ userId: member.userId })
          .from(member)
          .innerJoin(companies, eq(companies.organizationId, member.organizationId))
          .where(and(eq(companies.id, params.targetId), eq(member.role, "owner"))),
      );
    default:
      return [];
  }
}

/**
 * Whether the reporter may report the thing: a company or listing that exists (anyone signed in), a contact request
 * their company received, or a message the other company wrote in a conversation of theirs. Private content of
 * other companies is as absent as content that never existed.
 */
export async function reportTargetExists(db: Db, params: { targetType: string; targetId: string; reporterId: string }): Promise<boolean> {
  const isMemberOf = (companyId: SQL | AnyColumn) =>
    sql`exists (select 1 from ${member} inner join ${companies} on ${companies.organizationId} = ${member.organizationId}
      where ${member.userId} = ${params.reporterId} and ${companies.id} = ${companyId})`;
  switch (params.targetType) {
    case "company":
    case "listing": {
      const table = params.targetType === "company" ? companies : listings;
      const rows = await db.select({ id: table.id }).from(table).where(eq(table.id, params.targetId)).limit(1);
      return rows.length > 0;
    }
    case "contact-request": {
      const rows = await db
        .select({ id: contactRequests.id })
        .from(contactRequests)
        .where(and(eq(contactRequests.id, params.targetId), isMemberOf(contactRequests.recipientCompanyId)))
        .limit(1);
      return rows.length > 0;
    }
    case "message": {
      // The reader's side of the conversation: whichever of its two companies did not write the message.
      const readerCompany = sql`(case when ${conversations.companyA} = ${messages.senderCompanyId} then ${conversations.companyB} else ${conversations.companyA} end)`;
      const rows = await db
        .select({ id: messages.id })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .where(
and(eq(messages.id, params.targetId), isMemberOf(readerCompany)),
        )
        .limit(1);
      return rows.length > 0;
    }
    default:
      return false;
  }
}

/** A rejected listing goes back to the queue (an appeal granted); null when it is no longer rejected. */
export async function reopenRejectedListing(db: Db, params: { listingId: string; at: Date }): Promise<{ id: string } | null> {
  const [row] = await db
    .update(listings)
    .set({ status: "submitted", submittedAt: params.at, version: sql`${listings.version} + 1`, updatedAt: params.at })
    .where(and(eq(listings.id, params.listingId), eq(listings.status, "rejected")))
    .returning({ id: listings.id });
  return row ?? null;
}
