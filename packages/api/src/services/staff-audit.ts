import { recordAudit, type AuditEntry, type Db } from "@karvon/db";

type AuditContext = { session: { user: { id: string } }; clientAddress: string | null; clock: { now: () => Date } };

/** Appends the staff member's action to the audit log, inside the caller's transaction when `db` is one. */
export async function auditStaffAction(
  db: Db,
  ctx: AuditContext,
  entry: Omit<AuditEntry, "actorId" | "ip" | "at" | "id"> & { at?: Date },
): Promise<void> {
  await recordAudit(db, { ...entry, at: entry.at ?? ctx.clock.now(), actorId: ctx.session.user.id, ip: ctx.clientAddress });
}
