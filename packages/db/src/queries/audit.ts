import { and, count, eq, gte, max } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog } from "../schema";

export type AuditEntry = typeof auditLog.$inferInsert;

/** Appends one row to the audit log — inside the caller's transaction when `db` is one. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** How many entries of one action about one target were recorded since `since` (e.g. failed sign-ins). */
export async function countAuditEntries(
  db: Db,
  params: { action: string; targetType: string; targetId: string; since: Date },
): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, params.action),
        eq(auditLog.targetType, params.targetType),
        eq(auditLog.targetId, params.targetId),
        gte(auditLog.at, params.since),
      ),
    );
  return row?.value ?? 0;
}

/** When the newest entry of one action about one target was recorded (e.g. the last password reset), or null. */
export async function findLatestAuditEntryAt(
  db: Db,
  params: { action: string; targetType: string; targetId: string },
): Promise<Date | null> {
  const [row] = await db
    .select({ value: max(auditLog.at) })
    .from(auditLog)
    .where(and(eq(auditLog.action, params.action), eq(auditLog.targetType, params.targetType), eq(auditLog.targetId, params.targetId)));
  return row?.value ?? null;
}
