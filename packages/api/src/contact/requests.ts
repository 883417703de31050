import { contactExpiryDays, type ContactRequest } from "@karvon/data";
import {
  answerContactRequest,
  countContactRequestsSince,
  createConversation,
  findContactRequestByKey,
  findOpenContactRequest,
  getCompanyById,
  getContactRequestById,
  getListingForContact,
  insertContactRequest,
  listCompanyMailRecipients,
  listSenderMailRecipients,
  lockCompanyRow,
  withdrawContactRequest,
  type CompanyRow,
  type ContactRequestRow,
  type Db,
} from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { queueMail } from "../mail";
import {
  contactRequestAcceptedMail,
  contactRequestDeclinedMail,
  contactRequestReceivedMail,
} from "./mail-templates";
import type { Deps } from "../trpc";
import { companyNameOf, inboxLink, isPublished, portalLink } from "./parties";

const dayMs = 24 * 60 * 60 * 1000;

function fail(code: TRPCError["code"], key: string): never {
  throw new TRPCError({ code, message: `errors.contact.${key}` });
}

/** A suspended or unpublished company can neither send nor receive. */
function assertCanSend(sender: CompanyRow) {
  if (sender.suspendedAt !== null) fail("FORBIDDEN", "senderSuspended");
  if (!isPublished(sender)) fail("FORBIDDEN", "senderNotPublished");
}

/** The company addressed: the owner of the listing when a listing is given, else the company named. */
async function recipientIdOf(db: Db, input: ContactRequest): Promise<string> {
  if (input.targetListingId === undefined) {
    if (input.targetCompanyId === undefined) fail("BAD_REQUEST", "recipientNotFound");
    return input.targetCompanyId;
  }
  const listing = await getListingForContact(db, input.targetListingId);
  if (listing === null) fail("NOT_FOUND", "listingNotFound");
  if (input.targetCompanyId !== undefined && input.targetCompanyId !== listing.companyId) fail("NOT_FOUND", "listingNotFound");
  return listing.companyId;
}

async function loadRecipient(db: Db, sender: CompanyRow, recipientCompanyId: string): Promise<CompanyRow> {
  if (recipientCompanyId === sender.id) fail("BAD_REQUEST", "ownCompany");
  const recipient = await getCompanyById(db, recipientCompanyId);
  if (recipient === null) fail("NOT_FOUND", "recipientNotFound");
  if (recipient.suspendedAt !== null) fail("PRECONDITION_FAILED", "recipientSuspended");
  if (!isPublished(recipient)) fail("PRECONDITION_FAILED", "recipientNotPublished");
  return recipient;
}

/** The recipient's listing must be public: approved, not hidden, not past its validity. */
async function checkListing(db: Db, params: { listingId: string; recipientCompanyId: string; now: Date }) {
  const listing = await getListingForContact(db, params.listingId);
  if (listing === null || listing.companyId !== params.recipientCompanyId) fail("NOT_FOUND", "listingNotFound");
  if (listing.published === null || listing.publishedAt === null || listing.hiddenAt !== null) {
    fail("PRECONDITION_FAILED", "listingUnavailable");
  }
  if (listing.validUntil !== null && listing.validUntil <= params.now) fail("PRECONDITION_FAILED", "listingExpired");
}

async function checkOwnListing(db: Db, params: { listingId: string; senderCompanyId: string }) {
  const listing = await getListingForContact(db, params.listingId);
  if (listing === null || listing.companyId !== params.senderCompanyId) fail("BAD_REQUEST", "aboutListingNotMine");
}

/**
 * Sends an expression of interest, idempotently: the sender's row is locked for the whole transaction, so
 * parallel submissions of one form run one after another; the first inserts, the others find its row by the
 * idempotency key and return it unchanged. The daily limit and "one open request per listing" hold for the
 * same reason.
 */
export async function sendContactRequest(
  deps: Deps,
  params: { sender: CompanyRow; senderUserId: string; input: ContactRequest },
): Promise<ContactRequestRow> {
  const { sender, input, senderUserId } = params;
  const { now, config } = deps;
  return deps.db.transaction(async (tx) => {
    await lockCompanyRow(tx, sender.id);
    const replay = await findContactRequestByKey(tx, { senderCompanyId: sender.id, idempotencyKey: input.idempotencyKey });
    if (replay !== null) return replay;

    assertCanSend(sender);
    const recipient = await loadRecipient(tx, sender, await recipientIdOf(tx, input));
    if (input.targetListingId !== undefined) {
      await checkListing(tx, { listingId: input.targetListingId, recipientCompanyId: recipient.id, now });
    }
    if (input.aboutListingId !== undefined) {
      await checkOwnListing(tx, { listingId: input.aboutListingId, senderCompanyId: sender.id });
    }
    const sentToday = await countContactRequestsSince(tx, { senderCompanyId: sender.id, since: new Date(now.getTime() - dayMs) });
    if (sentToday >= config.contactRequestsPerDay) fail("TOO_MANY_REQUESTS", "dailyLimit");
    const open = await findOpenContactRequest(tx, {
      senderCompanyId: sender.id,
      recipientCompanyId: recipient.id,
      listingId: input.targetListingId ?? null,
    });
    if (open !== null) fail("CONFLICT", "alreadyOpen");

    const created = await insertContactRequest(tx, {
      senderCompanyId: sender.id,
      senderUserId,
      recipientCompanyId: recipient.id,
      listingId: input.targetListingId ?? null,
      aboutListingId: input.aboutListingId ?? null,
      purpose: input.purpose,
      message: input.message,
      idempotencyKey: input.idempotencyKey,
      createdAt: now,
      expiresAt: new Date(now.getTime() + contactExpiryDays * dayMs),
    });
    if (created === null) {
      // A unique index caught what the lock should already have serialized: answer as a replay would.
      const again = await findContactRequestByKey(tx, { senderCompanyId: sender.id, idempotencyKey: input.idempotencyKey });
      if (again !== null) return again;
      fail("CONFLICT", "alreadyOpen");
    }

    const senderName = companyNameOf(sender);
    for (const recipientUser of await listCompanyMailRecipients(tx, recipient.id)) {
      await queueMail(tx, {
        to: recipientUser.email,
        locale: recipientUser.locale,
        template: contactRequestReceivedMail,
        params: {
          senderName,
          purpose: created.purpose,
          message: created.message,
          url: inboxLink(config.publicUrl, recipientUser.locale, recipient.id),
        },
        dedupeKey: `contact-request:${created.id}:${recipientUser.userId}`,
      });
    }
    return created;
  });
}

/** The request when it is addressed to `companyId`; NOT_FOUND for everyone else. */
async function loadReceivedPending(db: Db, requestId: string, companyId: string): Promise<ContactRequestRow> {
  const request = await getContactRequestById(db, requestId);
  if (request === null || request.recipientCompanyId !== companyId) fail("NOT_FOUND", "requestNotFound");
  if (request.status !== "pending") fail("CONFLICT", "notPending");
  return request;
}

/** Accepts a request: opens the conversation, from which on both companies see each other's contact person. */
export async function acceptContactRequest(
  deps: Deps,
  params: { recipient: CompanyRow; requestId: string },
): Promise<{ requestId: string; conversationId: string }> {
  const { recipient, requestId } = params;
  if (recipient.suspendedAt !== null) fail("FORBIDDEN", "senderSuspended");
  return deps.db.transaction(async (tx) => {
    const request = await loadReceivedPending(tx, requestId, recipient.id);
    if (request.senderCompanyId === null) fail("PRECONDITION_FAILED", "counterpartDeleted");
    const senderCompanyId = request.senderCompanyId;
    const sender = await getCompanyById(tx, senderCompanyId);
    if (sender === null || sender.suspendedAt !== null) fail("PRECONDITION_FAILED", "counterpartSuspended");
    const answered = await answerContactRequest(tx, { requestId, recipientCompanyId: recipient.id, status: "accepted", at: deps.now });
    if (answered === null) fail("CONFLICT", "notPending");
    const conversation = await createConversation(tx, {
      requestId,
      companyA: senderCompanyId,
      companyB: recipient.id,
      at: deps.now,
    });
    const recipientName = companyNameOf(recipient);
    for (const person of await listSenderMailRecipients(tx, { companyId: senderCompanyId, userId: request.senderUserId })) {
      await queueMail(tx, {
        to: person.email,
        locale: person.locale,
        template: contactRequestAcceptedMail,
        params: { recipientName, url: portalLink(deps.config.publicUrl, person.locale, `/inbox/${conversation.id}`) },
        dedupeKey: `contact-accepted:${requestId}:${person.userId}`,
      });
    }
    return { requestId, conversationId: conversation.id };
  });
}

export async function declineContactRequest(
  deps: Deps,
  params: { recipient: CompanyRow; requestId: string; reason: string | null; note: string | null },
): Promise<{ requestId: string }> {
  const { recipient, requestId, reason, note } = params;
  return deps.db.transaction(async (tx) => {
    const request = await loadReceivedPending(tx, requestId, recipient.id);
    const answered = await answerContactRequest(tx, {
      requestId,
      recipientCompanyId: recipient.id,
      status: "declined",
      declineReason: reason,
      declineNote: note,
      at: deps.now,
    });
    if (answered === null) fail("CONFLICT", "notPending");
    const recipientName = companyNameOf(recipient);
    const senders = request.senderCompanyId === null ? [] : await listSenderMailRecipients(tx, { companyId: request.senderCompanyId, userId: request.senderUserId });
    for (const person of senders) {
      await queueMail(tx, {
        to: person.email,
        locale: person.locale,
        template: contactRequestDeclinedMail,
        params: { recipientName, reason, url: portalLink(deps.config.publicUrl, person.locale, "/search") },
        dedupeKey: `contact-declined:${requestId}:${person.userId}`,
      });
    }
    return { requestId };
  });
}

export async function withdrawOwnContactRequest(deps: Deps, params: { sender: CompanyRow; requestId: string }) {
  const { db } = deps;
  const request = await getContactRequestById(db, params.requestId);
  if (request === null || request.senderCompanyId !== params.sender.id) fail("NOT_FOUND", "requestNotFound");
  const withdrawn = await withdrawContactRequest(db, { requestId: params.requestId, senderCompanyId: params.sender.id });
  if (withdrawn === null) fail("CONFLICT", "notPending");
  return { requestId: withdrawn.id };
}
