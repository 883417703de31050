import { createHmac } from "node:crypto";
import { countAuditEntries, findLatestAuditEntryAt, recordAudit, type Db } from "@karvon/db";

/**
 * 10 failed sign-ins for one e-mail address from one client address within 15 minutes lock that address out of
 * that account for the rest of the window. Failures from other addresses never lock the owner out of his own;
 * a password reset of the account opens every lock at once.
 */
export const lockoutPolicy = { maxFailures: 10, windowMinutes: 15 } as const;

export const signInFailedAction = "auth.sign-in.failed";
export const passwordResetAction = "auth.password-reset";
const emailTarget = "email";
const lockTarget = "email-address";

/**
 * Failed sign-ins are keyed by an HMAC of the e-mail address, not the address itself: the append-only audit
 * log must not keep a deleted person's e-mail, and unknown addresses are counted exactly like known ones, so
 * a lock tells an attacker nothing about which addresses exist.
 */
export function emailKey(secret: string, email: string): string {
  return createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("hex");
}

/** One lock per account and client address; clients whose address the server could not tell share one. */
function lockKey(secret: string, email: string, clientAddress: string | null): string {
  return `${emailKey(secret, email)}|${clientAddress ?? "unknown"}`;
}

export async function isSignInLocked(db: Db, secret: string, email: string, clientAddress: string | null, now: Date): Promise<boolean> {
  const windowStart = new Date(now.getTime() - lockoutPolicy.windowMinutes * 60_000);
  const lastReset = await findLatestAuditEntryAt(db, { action: passwordResetAction, targetType: emailTarget, targetId: emailKey(secret, email) });
  const failures = await countAuditEntries(db, {
    action: signInFailedAction,
    targetType: lockTarget,
    targetId: lockKey(secret, email, clientAddress),
    since: lastReset && lastReset > windowStart ? lastReset : windowStart,
  });
  return failures >= lockoutPolicy.maxFailures;
}

export async function recordFailedSignIn(db: Db, secret: string, email: string, clientAddress: string | null) {
  await recordAudit(db, { action: signInFailedAction, targetType: lockTarget, targetId: lockKey(secret, email, clientAddress), ip: clientAddress });
}

/** A new password set through a reset link: the failures counted before it no longer lock anyone out. */
export async function recordPasswordReset(db: Db, secret: string, email: string) {
  // Stamped by the database like the failures it is compared with.
  await recordAudit(db, { action: passwordResetAction, targetType: emailTarget, targetId: emailKey(secret, email) });
}

export async function recordSignIn(db: Db, userId: string, ip: string | null) {
  await recordAudit(db, { action: "auth.sign-in", actorId: userId, targetType: "user", targetId: userId, ip });
}
