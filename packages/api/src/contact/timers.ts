import { contactReminderDays } from "@karvon/data";
import {
  expireContactRequests,
  getCompanyById,
  listCompanyMailRecipients,
  listSenderMailRecipients,
  markContactRequestsReminded,
  type Db,
} from "@karvon/db";
import { queueMail } from "../mail";
import { contactRequestExpiredMail, contactRequestReminderMail } from "./mail-templates";
import { defaultApiConfig } from "../trpc";
import { companyNameOf, inboxLink, portalLink } from "./parties";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Sends the single 7-day reminder of unanswered requests and expires those past 30 days, mailing each side.
 * Pure of wall-clock: `now` comes from the caller (a scheduler in production, a fake clock in tests). Safe to
 * run twice or in parallel: each request is claimed by a conditional UPDATE, and mails carry dedupe keys.
 */
export async function processContactRequestTimers(
  db: Db,
  now: Date,
  options: { publicUrl?: string } = {},
): Promise<{ reminded: number; expired: number }> {
  const publicUrl = options.publicUrl ?? defaultApiConfig.publicUrl;
  return db.transaction(async (tx) => {
    const reminded = await markContactRequestsReminded(tx, {
      createdBefore: new Date(now.getTime() - contactReminderDays * dayMs),
      at: now,
    });
    // A request of a removed company was withdrawn with it; the null checks only keep the types honest.
    for (const request of reminded) {
      if (request.senderCompanyId === null || request.recipientCompanyId === null) continue;
      const sender = await getCompanyById(tx, request.senderCompanyId);
      const senderName = sender === null ? "" : companyNameOf(sender);
      for (const person of await listCompanyMailRecipients(tx, request.recipientCompanyId)) {
        await queueMail(tx, {
          to: person.email,
          locale: person.locale,
          template: contactRequestReminderMail,
          params: { senderName, url: inboxLink(publicUrl, person.locale, request.recipientCompanyId) },
          dedupeKey: `contact-reminder:${request.id}:${person.userId}`,
        });
      }
    }

    const expired = await expireContactRequests(tx, now);
    for (const request of expired) {
      if (request.senderCompanyId === null || request.recipientCompanyId === null) continue;
      const recipient = await getCompanyById(tx, request.recipientCompanyId);
      const recipientName = recipient === null ? "" : companyNameOf(recipient);
      for (const person of await listSenderMailRecipients(tx, { companyId: request.senderCompanyId, userId: request.senderUserId })) {
        await queueMail(tx, {
          to: person.email,
          locale: person.locale,
          template: contactRequestExpiredMail,
          params: { recipientName, url: portalLink(publicUrl, person.locale, "/search") },
          dedupeKey: `contact-expired:${request.id}:${person.userId}`,
        });
      }
    }
    return { reminded: reminded.length, expired: expired.length };
  });
}
