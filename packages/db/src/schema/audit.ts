import { bigint, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Append-only record of every staff action, sign-in success and failure, role change, ban, suspension and
 * impersonation. A trigger (migration `audit_log_append_only`) makes the database refuse UPDATE and DELETE.
 * Actor and target are plain ids, not foreign keys, so the record outlives what it speaks of.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The user who acted; null for the system or an anonymous visitor. */
    actorId: text(),
    /** e.g. "auth.sign-in.failed", "moderation.company.approve", "admin.role.change". */
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
  },
  (t) => [index().on(t.at), index().on(t.action), index().on(t.targetType, t.targetId), index().on(t.actorId)],
);
