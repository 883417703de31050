import { countConsentRequestsSince, type Db } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { ErrorParams } from "../trpc";

const dayMs = 24 * 3600 * 1000;

function limitReached(params: { limit: number; count: number; left: number }): never {
  throw new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: "errors.advisers.consentMailLimit",
    cause: new ErrorParams({ limit: String(params.limit), count: String(params.count), left: String(params.left) }),
  });
}

/**
 * Refuses an import whose consent mails would take the organisation past its cap for the last 24 hours, before
 * anything is created: the error says the cap, how many mails the file would send and how many are left.
 */
export async function checkConsentMailsLeft(db: Db, params: { organizationId: string; wanted: number; limit: number; now: Date }): Promise<void> {
  const sent = await countConsentRequestsSince(db, { organizationId: params.organizationId, since: new Date(params.now.getTime() - dayMs) });
  const left = Math.max(0, params.limit - sent);
  if (params.wanted > left) limitReached({ limit: params.limit, count: params.wanted, left });
}

/**
 * The same cap for one more mail, under the organisation's lock inside the row's transaction: two imports at once
 * cannot together pass it. Call before creating the consent link.
 */
export async function reserveConsentMail(db: Db, params: { organizationId: string; limit: number; now: Date }): Promise<void> {
  const sent = await countConsentRequestsSince(db, { organizationId: params.organizationId, since: new Date(params.now.getTime() - dayMs), lock: true });
  if (sent >= params.limit) limitReached({ limit: params.limit, count: 1, left: 0 });
}
