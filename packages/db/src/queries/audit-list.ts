import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog } from "../schema";

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditFilter = {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
};

function conditions(filter: AuditFilter): SQL[] {
  const out: SQL[] = [];
  if (filter.actorId) out.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) out.push(eq(auditLog.action, filter.action));
  if (filter.targetType) out.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId) out.push(eq(auditLog.targetId, filter.targetId));
  if (filter.from) out.push(gte(auditLog.at, filter.from));
  if (filter.to) out.push(lt(auditLog.at, filter.to));
  return out;
}

/** One page of the audit log, newest first, and the total number of matching rows. */
export async function listAuditLog(
  db: Db,
  params: AuditFilter & { offset: number; limit: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = and(...conditions(params));
  const [rows, totals] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).offset(params.offset).limit(params.limit),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** Every matching row, oldest first, in batches (CSV export without loading the whole log at once). */
export async function* iterateAuditLog(db: Db, filter: AuditFilter, batchSize = 1000): AsyncGenerator<AuditRow[]> {
  for (let offset = 0; ; offset += batchSize) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(...conditions(filter)))
      .orderBy(auditLog.id)
      .offset(offset)
      .limit(batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
  }
}

/** The newest entry of an action on a target (who suspended this company?), or null. */
export async function findLastAuditEntry(db: Db, params: { action: string; targetType: string; targetId: string }): Promise<AuditRow | null> {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, params.action), eq(auditLog.targetType, params.targetType), eq(auditLog.targetId, params.targetId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row ?? null;
}
