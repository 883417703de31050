/** Contact requests, sent through the API as a person would (limits, mail and audit included). */
import { randomUUID } from "node:crypto";
import type { Clock } from "@karvon/api";
import type { ContactPurpose } from "@karvon/data";
import type { Db } from "@karvon/db";
import { callerFor } from "../caller";
import type { Person } from "./users";

export type ContactRequestSeed = {
  from: Person;
  /** A company or one of its listings. */
  to: { companyId: string } | { listingId: string };
  purpose?: ContactPurpose;
  message?: string;
  clock?: Clock;
};

export async function sendContactRequest(db: Db, seed: ContactRequestSeed): Promise<{ id: string }> {
  const target = "companyId" in seed.to ? { targetCompanyId: seed.to.companyId } : { targetListingId: seed.to.listingId };
  return callerFor({ db, session: seed.from.session, clock: seed.clock }).contact.send({
    ...target,
    purpose: seed.purpose ?? "buy",
    message: seed.message ?? "We would like to buy 40 tonnes of cotton yarn every month.",
    idempotencyKey: randomUUID(),
  });
}

/**
 * A conversation between two people's companies: `from` sends a request, `to` accepts it, and `from` writes
 * `firstMessage` in it.
 */
export async function openConversation(
  db: Db,
  seed: { from: Person; to: Person & { companyId: string }; clock?: Clock; purpose?: ContactPurpose; message?: string; firstMessage: string },
): Promise<{ requestId: string; conversationId: string }> {
  const request = await sendContactRequest(db, { from: seed.from, to: { companyId: seed.to.companyId }, purpose: seed.purpose, message: seed.message, clock: seed.clock });
  const { conversationId } = await callerFor({ db, session: seed.to.session, clock: seed.clock }).contact.accept({ requestId: request.id });
  await callerFor({ db, session: seed.from.session, clock: seed.clock }).contact.conversations.send({ conversationId, body: seed.firstMessage, idempotencyKey: randomUUID() });
  return { requestId: request.id, conversationId };
}
