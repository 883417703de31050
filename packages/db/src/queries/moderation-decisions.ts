import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { moderationDecisions, user } from "../schema";

export type ModerationDecisionRow = typeof moderationDecisions.$inferSelect;
export type NewModerationDecision = typeof moderationDecisions.$inferInsert;
export type ModerationDecisionView = ModerationDecisionRow & { moderatorName: string | null };

type ItemRef = { itemType: string; itemId: string };

export async function insertModerationDecision(db: Db, decision: NewModerationDecision): Promise<ModerationDecisionRow> {
  const [row] = await db.insert(moderationDecisions).values(decision).returning();
  if (row === undefined) throw new Error("moderation_decisions insert returned no row");
  return row;
}

const withModerator = {
  decision: moderationDecisions,
  moderatorName: user.name,
};

function toView(row: { decision: ModerationDecisionRow; moderatorName: string | null }): ModerationDecisionView {
  return { ...row.decision, moderatorName: row.moderatorName };
}

/** The decision taken on one version of an item, with the moderator's name (for "already decided by …"). */
export async function findDecisionOnVersion(db: Db, params: ItemRef & { version: number }): Promise<ModerationDecisionView | null> {
  const [row] = await db
    .select(withModerator)
    .from(moderationDecisions)
    .leftJoin(user, eq(user.id, moderationDecisions.moderatorId))
    .where(
      and(
        eq(moderationDecisions.itemType, params.itemType),
        eq(moderationDecisions.itemId, params.itemId),
        eq(moderationDecisions.version, params.version),
      ),
    )
    .limit(1);
  return row === undefined ? null : toView(row);
}

/** Every decision on one item, newest first. */
export async function listDecisionsForItem(db: Db, params: ItemRef): Promise<ModerationDecisionView[]> {
  const rows = await db
    .select(withModerator)
    .from(moderationDecisions)
    .leftJoin(user, eq(user.id, moderationDecisions.moderatorId))
    .where(and(eq(moderationDecisions.itemType, params.itemType), eq(moderationDecisions.itemId, params.itemId)))
    .orderBy(desc(moderationDecisions.decidedAt));
  return rows.map(toView);
}

/** The company's history: every decision on it and its listings, newest first. */
export async function listDecisionsForCompany(db: Db, companyId: string, limit = 100): Promise<ModerationDecisionView[]> {
  const rows = await db
    .select(withModerator)
    .from(moderationDecisions)
    .leftJoin(user, eq(user.id, moderationDecisions.moderatorId))
    .where(eq(moderationDecisions.companyId, companyId))
    .orderBy(desc(moderationDecisions.decidedAt))
    .limit(limit);
  return rows.map(toView);
}

/** The last approved decision on an item: its snapshot is what an edit is diffed against. */
export async function findLastApproval(db: Db, params: ItemRef): Promise<ModerationDecisionRow | null> {
  const [row] = await db
    .select()
    .from(moderationDecisions)
    .where(
      and(
        eq(moderationDecisions.itemType, params.itemType),
        eq(moderationDecisions.itemId, params.itemId),
        eq(moderationDecisions.decision, "approve"),
      ),
    )
    .orderBy(desc(moderationDecisions.decidedAt))
    .limit(1);
  return row ?? null;
}
