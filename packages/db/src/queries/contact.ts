import type { Locale } from "@karvon/data";
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companies, contactRequests, conversationReads, conversations, listings, member, messages, user } from "../schema";

export type ContactRequestRow = typeof contactRequests.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;
export type MailRecipient = { userId: string; email: string; locale: Locale };

// ─── the parties ─────────────────────────────────────────────────────────────────────────────────────────

/** The listing fields that decide whether a company may be contacted about it. */
export async function getListingForContact(db: Db, listingId: string) {
  const [row] = await db
    .select({
      id: listings.id,
      companyId: listings.companyId,
      publishedAt: listings.publishedAt,
      published: listings.published,
      validUntil: listings.validUntil,
      hiddenAt: listings.hiddenAt,
    })
    .from(listings)
    .where(eq(listings.id, listingId))
    .limit(1);
  return row ?? null;
}

/** Members of a company who get its contact mail, each in their own language. */
export async function listCompanyMailRecipients(db: Db, companyId: string): Promise<MailRecipient[]> {
  return db
    .select({ userId: user.id, email: user.email, locale: user.locale })
    .from(member)
    .innerJoin(companies, eq(companies.organizationId, member.organizationId))
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(companies.id, companyId))
    .orderBy(asc(member.createdAt));
}

/**
 * The person who sent a request when still a member of the sending company; otherwise every member of it,
 * so an answer never goes unread because its author left.
 */
export async function listSenderMailRecipients(
  db: Db,
  params: { companyId: string; userId: string | null },
): Promise<MailRecipient[]> {
  const all = await listCompanyMailRecipients(db, params.companyId);
  const author = all.filter((recipient) => recipient.userId === params.userId);
  return author.length > 0 ? author : all;
}

/** Takes a row lock on the sending company: its submissions are serialized, so limits hold under races. */
export async function lockCompanyRow(db: Db, companyId: string): Promise<void> {
  await db.select({ id: companies.id }).from(companies).where(eq(companies.id, companyId)).for("update");
}

// ─── requests ────────────────────────────────────────────────────────────────────────────────────────────

export async function findContactRequestByKey(
  db: Db,
  params: { senderCompanyId: string; idempotencyKey: string },
): Promise<ContactRequestRow | null> {
  const [row] = await db
    .select()
    .from(contactRequests)
    .where(
      and(
        eq(contactRequests.senderCompanyId, params.senderCompanyId),
        eq(contactRequests.idempotencyKey, params.idempotencyKey),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function countContactRequestsSince(db: Db, params: { senderCompanyId: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(contactRequests)
    .where(and(eq(contactRequests.senderCompanyId, params.senderCompanyId), gt(contactRequests.createdAt, params.since)));
  return row?.total ?? 0;
}

/** An open request of the sender about the same listing (or, without a listing, to the same company). */
export async function findOpenContactRequest(
  db: Db,
  params: { senderCompanyId: string; recipientCompanyId: string; listingId: string | null },
): Promise<ContactRequestRow | null> {
  const about =
    params.listingId === null
      ? and(eq(contactRequests.recipientCompanyId, params.recipientCompanyId), isNull(contactRequests.listingId))
      : eq(contactRequests.listingId, params.listingId);
  const [row] = await db
    .select()
    .from(contactRequests)
    .where(and(eq(contactRequests.senderCompanyId, params.senderCompanyId), eq(contactRequests.status, "pending"), about))
    .limit(1);
  return row ?? null;
}

/** Inserts unless a unique index (idempotency key, open request per listing) already holds such a row. */
export async function insertContactRequest(
  db: Db,
  values: typeof contactRequests.$inferInsert,
): Promise<ContactRequestRow | null> {
  const [row] = await db.insert(contactRequests).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function getContactRequestById(db: Db, requestId: string): Promise<ContactRequestRow | null> {
  const [row] = await db.select().from(contactRequests).where(eq(contactRequests.id, requestId)).limit(1);
  return row ?? null;
}

/** The request, while still pending, if `companyId` is its sender or its recipient: who may withdraw or answer it. */
function pendingRequestOf(requestId: string, side: "sender" | "recipient", companyId: string) {
  const company = side === "sender" ? contactRequests.senderCompanyId : contactRequests.recipientCompanyId;
  return and(eq(contactRequests.id, requestId), eq(company, companyId), eq(contactRequests.status, "pending"));
}

/** Answers a pending request addressed to `recipientCompanyId`; null when it was not pending (lost race). */
export async function answerContactRequest(
  db: Db,
  params: {
    requestId: string;
    recipientCompanyId: string;
    status: "accepted" | "declined";
    declineReason?: string | null;
    declineNote?: string | null;
    at: Date;
  },
): Promise<ContactRequestRow | null> {
  const [row] = await db
    .update(contactRequests)
    .set({
      status: params.status,
      declineReason: params.declineReason ?? null,
      declineNote: params.declineNote ?? null,
      respondedAt: params.at,
    })
    .where(pendingRequestOf(params.requestId, "recipient", params.recipientCompanyId))
    .returning();
  return row ?? null;
}

/** The sender takes back a pending request; null when it was not pending. */
export async function withdrawContactRequest(
  db: Db,
  params: { requestId: string; senderCompanyId: string },
): Promise<ContactRequestRow | null> {
  const [row] = await db
    .update(contactRequests)
    .set({ status: "withdrawn" })
    .where(pendingRequestOf(params.requestId, "sender", params.senderCompanyId))
    .returning();
  return row ?? null;
}

const companyName = sql<string>`${companies.legalName}`;

/** The title of the listing a request is about (its published version, else the working copy), or null. */
const requestListingTitle = sql<Record<string, string> | null>`coalesce(${listings.published} -> 'title', ${listings.content} -> 'title')`;

/**
 * Requests received and sent by a company, newest first, with the other company's name and slug — null when
 * that company is marked deleted (its last member deleted their account): the request stays for this side.
 */
export async function listContactRequestsOfCompany(db: Db, params: { companyId: string; limit?: number }) {
  const limit = params.limit ?? 200;
  const base = {
    id: contactRequests.id,
    senderCompanyId: contactRequests.senderCompanyId,
    recipientCompanyId: contactRequests.recipientCompanyId,
    listingId: contactRequests.listingId,
    aboutListingId: contactRequests.aboutListingId,
    purpose: contactRequests.purpose,
    message: contactRequests.message,
    status: contactRequests.status,
    declineReason: contactRequests.declineReason,
    declineNote: contactRequests.declineNote,
    createdAt: contactRequests.createdAt,
    respondedAt: contactRequests.respondedAt,
    expiresAt: contactRequests.expiresAt,
    conversationId: conversations.id,
    otherCompany: { id: companies.id, slug: companies.slug, name: companyName },
    listingTitle: requestListingTitle,
  };
  const [received, sent] = await Promise.all([
    db
      .select(base)
      .from(contactRequests)
      .leftJoin(companies, and(eq(companies.id, contactRequests.senderCompanyId), isNull(companies.deletedAt)))
      .leftJoin(conversations, eq(conversations.requestId, contactRequests.id))
      .leftJoin(listings, eq(listings.id, contactRequests.listingId))
      .where(eq(contactRequests.recipientCompanyId, params.companyId))
      .orderBy(desc(contactRequests.createdAt))
      .limit(limit),
    db
      .select(base)
      .from(contactRequests)
      .leftJoin(companies, and(eq(companies.id, contactRequests.recipientCompanyId), isNull(companies.deletedAt)))
      .leftJoin(conversations, eq(conversations.requestId, contactRequests.id))
      .leftJoin(listings, eq(listings.id, contactRequests.listingId))
      .where(eq(contactRequests.senderCompanyId, params.companyId))
      .orderBy(desc(contactRequests.createdAt))
      .limit(limit),
  ]);
  return { received, sent };
}

/** Whether an accepted request links the two companies, in either direction. */
export async function hasAcceptedContact(db: Db, params: { companyId: string; otherCompanyId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(
      and(
        eq(contactRequests.status, "accepted"),
        or(
          and(eq(contactRequests.senderCompanyId, params.companyId), eq(contactRequests.recipientCompanyId, params.otherCompanyId)),
          and(eq(contactRequests.senderCompanyId, params.otherCompanyId), eq(contactRequests.recipientCompanyId, params.companyId)),
        ),
      ),
    )
    .limit(1);
  return row !== undefined;
}

// ─── timers (pure of wall-clock: the caller passes the instants) ─────────────────────────────────────────

/** Marks pending requests created at or before `createdBefore` that were never reminded; returns them. */
export async function markContactRequestsReminded(
  db: Db,
  params: { createdBefore: Date; at: Date },
): Promise<ContactRequestRow[]> {
  return db
    .update(contactRequests)
    .set({ remindedAt: params.at })
    .where(
      and(
        eq(contactRequests.status, "pending"),
        isNull(contactRequests.remindedAt),
        lte(contactRequests.createdAt, params.createdBefore),
        gt(contactRequests.expiresAt, params.at),
      ),
    )
    .returning();
}

/** Expires pending requests whose time is up; returns them. */
export async function expireContactRequests(db: Db, at: Date): Promise<ContactRequestRow[]> {
  return db
    .update(contactRequests)
    .set({ status: "expired" })
    .where(and(eq(contactRequests.status, "pending"), lte(contactRequests.expiresAt, at)))
    .returning();
}

// ─── response figures ────────────────────────────────────────────────────────────────────────────────────

export type CompanyResponseStats = {
  /** Requests that were answered or ran out (withdrawn and still pending ones do not count yet). */
  decided: number;
  answered: number;
  /** answered / decided, 0..1; null before the first decided request. */
  responseRate: number | null;
  /** Median time from request to answer, in hours; null before the first answer. */
  medianResponseHours: number | null;
};

/** Response rate and median response time of a company, from the requests it really received. */
export async function getCompanyResponseStats(db: Db, companyId: string): Promise<CompanyResponseStats> {
  const answeredStatus = inArray(contactRequests.status, ["accepted", "declined"]);
  const [row] = await db
    .select({
      decided: count(),
      answered: sql<number>`count(*) filter (where ${answeredStatus})`.mapWith(Number),
      medianSeconds: sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from ${contactRequests.respondedAt} - ${contactRequests.createdAt})) filter (where ${answeredStatus})`,
    })
    .from(contactRequests)
    .where(
      and(
        eq(contactRequests.recipientCompanyId, companyId),
        inArray(contactRequests.status, ["accepted", "declined", "expired"]),
      ),
    );
  const decided = row?.decided ?? 0;
  const answered = row?.answered ?? 0;
  const medianSeconds = row?.medianSeconds === null || row?.medianSeconds === undefined ? null : Number(row.medianSeconds);
  return {
    decided,
    answered,
    responseRate: decided === 0 ? null : answered / decided,
    medianResponseHours: medianSeconds === null ? null : Math.round((medianSeconds / 3600) * 10) / 10,
  };
}

// ─── conversations ───────────────────────────────────────────────────────────────────────────────────────

export async function createConversation(
  db: Db,
  params: { requestId: string; companyA: string; companyB: string; at: Date },
): Promise<ConversationRow> {
  const [row] = await db
    .insert(conversations)
    .values({ requestId: params.requestId, companyA: params.companyA, companyB: params.companyB, createdAt: params.at, lastMessageAt: params.at })
    .onConflictDoNothing({ target: conversations.requestId })
    .returning();
  if (row !== undefined) return row;
  const [existing] = await db.select().from(conversations).where(eq(conversations.requestId, params.requestId)).limit(1);
  if (existing === undefined) throw new Error(`Conversation of request ${params.requestId} vanished`);
  return existing;
}

/** The conversation when `companyId` is one of its two companies; null otherwise (not found for outsiders). */
export async function getConversationOfCompany(
  db: Db,
  params: { conversationId: string; companyId: string },
): Promise<ConversationRow | null> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.id, params.conversationId),
        or(eq(conversations.companyA, params.companyId), eq(conversations.companyB, params.companyId)),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Unread: messages of the other company newer than what this person has read. */
function unreadFilter(companyId: string, userId: string) {
  return and(
    sql`${messages.senderCompanyId} is distinct from ${companyId}`,
    sql`${messages.createdAt} > coalesce((select ${conversationReads.lastReadAt} from ${conversationReads}
      where ${conversationReads.conversationId} = ${messages.conversationId} and ${conversationReads.userId} = ${userId}), '-infinity'::timestamptz)`,
  );
}

/**
 * A company's conversations, latest activity first, with the other company (null once marked deleted: the
 * thread stays), last message and unread count.
 */
export async function listConversationsOfCompany(db: Db, params: { companyId: string; userId: string }) {
  const otherId = sql<string>`case when ${conversations.companyA} = ${params.companyId} then ${conversations.companyB} else ${conversations.companyA} end`;
  const rows = await db
    .select({
      id: conversations.id,
      requestId: conversations.requestId,
      lastMessageAt: conversations.lastMessageAt,
      otherCompany: { id: companies.id, slug: companies.slug, name: companyName },
      lastMessage: sql<string | null>`(select ${messages.body} from ${messages} where ${messages.conversationId} = ${conversations.id} order by ${messages.createdAt} desc limit 1)`,
      unread: sql<number>`(select count(*) from ${messages} where ${messages.conversationId} = ${conversations.id} and ${unreadFilter(params.companyId, params.userId)})`.mapWith(Number),
    })
    .from(conversations)
    .leftJoin(companies, and(eq(companies.id, otherId), isNull(companies.deletedAt)))
    .where(or(eq(conversations.companyA, params.companyId), eq(conversations.companyB, params.companyId)))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(200);
  return rows;
}

/** Messages oldest first, with the author's name while their account exists. */
export async function listConversationMessages(db: Db, conversationId: string) {
  return db
    .select({
      id: messages.id,
      senderCompanyId: messages.senderCompanyId,
      senderUserId: messages.senderUserId,
      senderName: user.name,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .leftJoin(user, eq(user.id, messages.senderUserId))
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(2000);
}

export type MessageRow = typeof messages.$inferSelect;

/**
 * Writes a message and moves the conversation's last activity. With an idempotency key already used in this
 * conversation, writes nothing and returns the earlier message with `created: false`.
 */
export async function insertConversationMessage(
  db: Db,
  params: {
    conversationId: string;
    senderCompanyId: string;
    senderUserId: string;
    body: string;
    idempotencyKey?: string;
    at: Date;
  },
): Promise<{ message: MessageRow; created: boolean }> {
  const [row] = await db
    .insert(messages)
    .values({
      conversationId: params.conversationId,
      senderCompanyId: params.senderCompanyId,
      senderUserId: params.senderUserId,
      body: params.body,
      idempotencyKey: params.idempotencyKey ?? null,
      createdAt: params.at,
    })
    .onConflictDoNothing()
    .returning();
  if (row !== undefined) {
    await db.update(conversations).set({ lastMessageAt: params.at }).where(eq(conversations.id, params.conversationId));
    return { message: row, created: true };
  }
  const [earlier] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, params.conversationId), eq(messages.idempotencyKey, params.idempotencyKey ?? "")))
    .limit(1);
  if (earlier === undefined) throw new Error("Message insert returned nothing");
  return { message: earlier, created: false };
}

export async function markConversationRead(
  db: Db,
  params: { conversationId: string; userId: string; companyId: string; at: Date },
): Promise<void> {
  await db
    .insert(conversationReads)
    .values({ conversationId: params.conversationId, userId: params.userId, companyId: params.companyId, lastReadAt: params.at })
    .onConflictDoUpdate({
      target: [conversationReads.conversationId, conversationReads.userId],
      set: { lastReadAt: sql`greatest(${conversationReads.lastReadAt}, excluded.last_read_at)` },
    });
}

/** Unread messages of a person over all conversations of their company (the header badge). */
export async function countUnreadMessages(db: Db, params: { companyId: string; userId: string }): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(
      and(
        or(eq(conversations.companyA, params.companyId), eq(conversations.companyB, params.companyId)),
        unreadFilter(params.companyId, params.userId),
      ),
    );
  return row?.total ?? 0;
}

/**
 * Claims the right to mail a person about new messages in a conversation: true at most once per `windowMs`
 * (a conditional upsert, so two messages sent at the same moment still give one mail).
 */
export async function claimMessageMailSlot(
  db: Db,
  params: { conversationId: string; userId: string; companyId: string; at: Date; windowMs: number },
): Promise<boolean> {
  const windowStart = new Date(params.at.getTime() - params.windowMs);
  const rows = await db
    .insert(conversationReads)
    .values({ conversationId: params.conversationId, userId: params.userId, companyId: params.companyId, lastMailedAt: params.at })
    .onConflictDoUpdate({
      target: [conversationReads.conversationId, conversationReads.userId],
      set: { lastMailedAt: params.at },
      setWhere: or(isNull(conversationReads.lastMailedAt), lte(conversationReads.lastMailedAt, windowStart)),
    })
    .returning({ userId: conversationReads.userId });
  return rows.length > 0;
}
