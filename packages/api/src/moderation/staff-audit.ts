import { recordAudit, type AuditEntry } from "@karvon/db";
import type { SignedInDeps } from "../trpc";

/**
 * Appends the staff member's action to the audit log, inside the caller's transaction when `deps.db` is one
 * (`{ ...deps, db: tx }`).
 */
export async function auditStaffAction(
  deps: Pick<SignedInDeps, "db" | "user" | "clientAddress" | "now">,
  entry: Omit<AuditEntry, "actorId" | "ip" | "at" | "id"> & { at?: Date },
): Promise<void> {
  await recordAudit(deps.db, { ...entry, at: entry.at ?? deps.now, actorId: deps.user.id, ip: deps.clientAddress });
}
