import { createHmac } from "node:crypto";
import { countAuditEntries, recordAudit, type Db } from "@karvon/db";

/** 10 failed sign-ins for one e-mail address within 15 minutes lock it for the rest of that window. */
export const lockoutPolicy = { maxFailures: 10, windowMinutes: 15 } as const;

export const signInFailedAction = "auth.sign-in.failed";
const emailTarget = "email";

/**
 * Failed sign-ins are keyed by an HMAC of the e-mail address, not the address itself: the append-only audit
 * log must not keep a deleted person's e-mail, and unknown addresses are counted exactly like known ones, so
 * a lock tells an attacker nothing about which addresses exist.
 */
export function emailKey(secret: string, email: string): string {
  return createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("hex");
}

export async function isSignInLocked(db: Db, secret: string, email: string, now: Date): Promise<boolean> {
  const failures = await countAuditEntries(db, {
    action: signInFailedAction,
    targetType: emailTarget,
    targetId: emailKey(secret, email),
    since: new Date(now.getTime() - lockoutPolicy.windowMinutes * 60_000),
  });
  return failures >= lockoutPolicy.maxFailures;
}

export async function recordFailedSignIn(db: Db, secret: string, email: string, ip: string | null) {
  await recordAudit(db, { action: signInFailedAction, targetType: emailTarget, targetId: emailKey(secret, email), ip });
}

export async function recordSignIn(db: Db, userId: string, ip: string | null) {
  await recordAudit(db, { action: "auth.sign-in", actorId: userId, targetType: "user", targetId: userId, ip });
}
