import type { AdviserActivityAction } from "@karvon/data";
import { and, count, desc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, user } from "../schema";

/** An adviser's act in a company's name as the audit log has it, with the adviser's name (null once deleted). */
export type AdviserActivityRow = {
  id: number;
  at: Date;
  action: AdviserActivityAction;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
};

/** Acts whose audit row targets the company itself, naming the organisation (a staff import names none). */
const companyTargetActions = ["company.import", "adviser.company.edit", "adviser.company.logo", "adviser.company.submit"] as const satisfies readonly AdviserActivityAction[];
/** Acts on something of the company's (a listing, a contact request), which name the company in `after.companyId`. */
const companyInAfterActions = ["adviser.listing.create", "adviser.contact.accept", "adviser.contact.decline"] as const satisfies readonly AdviserActivityAction[];

/**
 * What advisers did in a company's name, newest first, at most `limit` of them, and how many there are in all. A
 * company has one organisation of advisers, ever (`company_advisers` is keyed by the company), so every such row
 * is that organisation's. Each branch of the condition narrows by action first, an indexed column.
 */
export async function listAdviserActivity(db: Db, params: { companyId: string; limit: number }): Promise<{ rows: AdviserActivityRow[]; total: number }> {
  const where = or(
    and(
      inArray(auditLog.action, [...companyTargetActions]),
      eq(auditLog.targetType, "company"),
      eq(auditLog.targetId, params.companyId),
      isNotNull(sql`${auditLog.after} ->> 'adviserOrganizationId'`),
    ),
    and(inArray(auditLog.action, [...companyInAfterActions]), eq(sql`${auditLog.after} ->> 'companyId'`, params.companyId)),
  );
  const actorName = sql<string | null>`(select ${user.name} from ${user} where ${user.id} = ${auditLog.actorId})`;
  const [rows, totals] = await Promise.all([
    db
      .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorName, targetType: auditLog.targetType, targetId: auditLog.targetId })
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(params.limit),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows: rows.map((row) => ({ ...row, action: row.action as AdviserActivityAction })), total: totals[0]?.total ?? 0 };
}
