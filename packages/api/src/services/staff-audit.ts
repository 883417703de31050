import { recordAudit, type AuditEntry, type Db } from "@karvon/db";

/** The client's address as the proxy reports it (first `x-forwarded-for` hop), for the audit log. */
export function requestIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first !== undefined && first !== "" ? first : (headers.get("x-real-ip") ?? null);
}

type AuditContext = { session: { user: { id: string } }; headers: Headers; clock: { now: () => Date } };

/** Appends the staff member's action to the audit log, inside the caller's transaction when `db` is one. */
export async function auditStaffAction(
  db: Db,
  ctx: AuditContext,
  entry: Omit<AuditEntry, "actorId" | "ip" | "at" | "id"> & { at?: Date },
): Promise<void> {
  await recordAudit(db, { ...entry, at: entry.at ?? ctx.clock.now(), actorId: ctx.session.user.id, ip: requestIp(ctx.headers) });
}
