import {
  claimMessageMailSlot,
  getCompanyById,
  getConversationOfCompany,
  insertConversationMessage,
  listCompanyMailRecipients,
  markConversationRead,
  type CompanyRow,
  type Db,
} from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { queueMail } from "../mail";
import { contactNewMessageMail } from "./mail-templates";
import type { Deps } from "../trpc";
import { companyNameOf, portalLink } from "./parties";

const hourMs = 60 * 60 * 1000;
const previewLength = 300;

/** The conversation of `company`; NOT_FOUND for a company that is not one of its two sides. */
export async function requireConversation(db: Db, params: { conversationId: string; company: CompanyRow }) {
  const conversation = await getConversationOfCompany(db, { conversationId: params.conversationId, companyId: params.company.id });
  if (conversation === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.contact.conversationNotFound" });
  const otherCompanyId = conversation.companyA === params.company.id ? conversation.companyB : conversation.companyA;
  return { conversation, otherCompanyId };
}

function preview(body: string): string {
  return body.length <= previewLength ? body : `${body.slice(0, previewLength - 1)}…`;
}

/**
 * Posts a message and mails the other company's members — each at most once per conversation per hour (a
 * sliding window claimed in `conversation_reads`, and an hour-bucket outbox key as a second guard).
 */
export async function postConversationMessage(
  deps: Deps,
  params: { company: CompanyRow; userId: string; conversationId: string; body: string; idempotencyKey?: string },
) {
  const { company, userId, conversationId, body } = params;
  const { now, config } = deps;
  if (company.suspendedAt !== null) throw new TRPCError({ code: "FORBIDDEN", message: "errors.contact.senderSuspended" });
  return deps.db.transaction(async (tx) => {
    const { otherCompanyId } = await requireConversation(tx, { conversationId, company });
    // The other company was removed with its last member's account: the thread stays, read-only.
    if (otherCompanyId === null) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "errors.contact.counterpartDeleted" });
    const other = await getCompanyById(tx, otherCompanyId);
    if (other === null || other.deletedAt !== null) {
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "errors.contact.counterpartDeleted" });
    }
    if (other.suspendedAt !== null) {
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "errors.contact.counterpartSuspended" });
    }
    const { message, created } = await insertConversationMessage(tx, {
      conversationId,
      senderCompanyId: company.id,
      senderUserId: userId,
      body,
      idempotencyKey: params.idempotencyKey,
      at: now,
    });
    if (!created) return message;
    await markConversationRead(tx, { conversationId, userId, companyId: company.id, at: now });
    const senderName = companyNameOf(company);
    const hourBucket = Math.floor(now.getTime() / hourMs);
    for (const person of await listCompanyMailRecipients(tx, other.id)) {
      const mayMail = await claimMessageMailSlot(tx, { conversationId, userId: person.userId, companyId: other.id, at: now, windowMs: hourMs });
      if (!mayMail) continue;
      await queueMail(tx, {
        to: person.email,
        locale: person.locale,
        template: contactNewMessageMail,
        params: { senderName, preview: preview(body), url: portalLink(config.publicUrl, person.locale, `/inbox/${conversationId}`) },
        dedupeKey: `msg:${conversationId}:${person.userId}:${hourBucket}`,
      });
    }
    return message;
  });
}
