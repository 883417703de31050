import "server-only";
import { createTRPCContext, type TimedDb, timedDb } from "@karvon/api";
import { env } from "../env";
import { getDb } from "./db";
import { deliverMailSoon } from "./mail";
import { metrics } from "./metrics";
import { pickReplica } from "./replicas";
import { getSession } from "./session";

/**
 * Builds the tRPC context of one request from this process's db, the session cookie and the config. With
 * `timing`, the procedures' statements are timed for the response's Server-Timing header.
 */
export async function createRequestContext(headers: Headers, timing?: (db: TimedDb) => void) {
  const config = env();
  const [shared, session, replica] = await Promise.all([getDb(), getSession(headers), pickReplica()]);
  let db = shared;
  let replicaDb = replica;
  if (timing) {
    const timed = timedDb(shared);
    db = timed.db;
    // The replica's statements count in the same Server-Timing as the primary's.
    if (replica !== undefined) {
      const timedReplica = timedDb(replica);
      replicaDb = timedReplica.db;
      timing({ db: timed.db, elapsedMs: () => timed.elapsedMs() + timedReplica.elapsedMs(), statements: () => timed.statements() + timedReplica.statements() });
    } else {
      timing(timed);
    }
  }
  return createTRPCContext({
    db,
    replicaDb,
    session,
    headers,
    config: {
      publicUrl: config.PUBLIC_URL,
      contactRequestsPerDay: config.CONTACT_REQUESTS_PER_DAY,
      adviserConsentMailsPerDay: config.ADVISER_CONSENT_MAILS_PER_DAY,
      outboxIsMailbox: config.SMTP_URL === undefined,
      trustedProxies: config.TRUSTED_PROXIES,
    },
    onMailQueued: deliverMailSoon,
    onProcedureDone: ({ path, type, durationMs, code }) =>
      metrics().procedures.observe({ procedure: path, type, outcome: code ?? "ok" }, durationMs / 1000),
  });
}
