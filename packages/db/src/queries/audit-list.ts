import { and, count, desc, eq, getTableColumns, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, companies, listings, user } from "../schema";

export type AuditRow = typeof auditLog.$inferSelect;
/** A row with the names a person reads instead of ids: who acted, and what the target is called now. */
export type AuditRowView = AuditRow & {
  actorName: string | null;
  /** A company's or person's name; null for other targets or when it no longer exists. */
  targetName: string | null;
  /** A listing's title in every language it has; null for other targets. */
  targetTitle: Record<string, string> | null;
};

// Targets are stored as text; companies and listings have uuid keys. The CASE keeps a malformed id from being cast.
const targetUuid = sql`(case when ${auditLog.targetId} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then ${auditLog.targetId}::uuid end)`;

const targetName = sql<string | null>`(case ${auditLog.targetType}
  when 'company' then (select ${companies.legalName} from ${companies} where ${companies.id} = ${targetUuid})
  when 'user' then (select ${user.name} from ${user} where ${user.id} = ${auditLog.targetId})
end)`;

const targetTitle = sql<Record<string, string> | null>`(case ${auditLog.targetType}
  when 'listing' then (select coalesce(${listings.published} -> 'title', ${listings.content} -> 'title') from ${listings} where ${listings.id} = ${targetUuid})
end)`;

const actorName = sql<string | null>`(select ${user.name} from ${user} where ${user.id} = ${auditLog.actorId})`;
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

/** One page of the audit log, newest first, with names of actors and targets, and the total number of matching rows. */
export async function listAuditLog(
  db: Db,
  params: AuditFilter & { offset: number; limit: number },
): Promise<{ rows: AuditRowView[]; total: number }> {
  const where = and(...conditions(params));
  const [rows, totals] = await Promise.all([
    db.select({ ...getTableColumns(auditLog), actorName, targetName, targetTitle }).from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).offset(params.offset).limit(params.limit),
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
