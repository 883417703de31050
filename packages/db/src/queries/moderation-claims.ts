import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { reviewClaims, user } from "../schema";

export type ModerationClaimRow = typeof reviewClaims.$inferSelect;
export type ClaimHolder = { moderatorId: string; moderatorName: string; expiresAt: Date };

type ItemRef = { itemType: string; itemId: string };

/** The unexpired claim on an item with its holder's name, or null. */
export async function getActiveClaim(db: Db, params: ItemRef & { at: Date }): Promise<ClaimHolder | null> {
  const [row] = await db
    .select({ moderatorId: reviewClaims.moderatorId, moderatorName: user.name, expiresAt: reviewClaims.expiresAt })
    .from(reviewClaims)
    .innerJoin(user, eq(user.id, reviewClaims.moderatorId))
    .where(
      and(eq(reviewClaims.itemType, params.itemType), eq(reviewClaims.itemId, params.itemId), gt(reviewClaims.expiresAt, params.at)),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Claims an item for `moderatorId` until `expiresAt`. One statement decides: the row is inserted, or taken over
 * when the existing claim has expired or is the same moderator's (renewal). Otherwise returns the holder.
 */
export async function claimModerationItem(
  db: Db,
  params: ItemRef & { moderatorId: string; at: Date; expiresAt: Date },
): Promise<{ ok: true; claim: ModerationClaimRow } | { ok: false; holder: ClaimHolder }> {
  const [claim] = await db
    .insert(reviewClaims)
    .values({
      itemType: params.itemType,
      itemId: params.itemId,
      moderatorId: params.moderatorId,
      claimedAt: params.at,
      expiresAt: params.expiresAt,
    })
    .onConflictDoUpdate({
      target: [reviewClaims.itemType, reviewClaims.itemId],
      set: { moderatorId: params.moderatorId, claimedAt: params.at, expiresAt: params.expiresAt },
      setWhere: sql`${reviewClaims.expiresAt} <= ${params.at.toISOString()}::timestamptz or ${reviewClaims.moderatorId} = ${params.moderatorId}`,
    })
    .returning();
  if (claim !== undefined) return { ok: true, claim };
  const holder = await getActiveClaim(db, params);
  // The other claim expired between the two statements: try once more.
  if (holder === null) return claimModerationItem(db, params);
  return { ok: false, holder };
}

/** Drops the moderator's own claim; returns whether there was one. */
export async function releaseModerationClaim(db: Db, params: ItemRef & { moderatorId?: string }): Promise<boolean> {
  const conditions = [eq(reviewClaims.itemType, params.itemType), eq(reviewClaims.itemId, params.itemId)];
  if (params.moderatorId !== undefined) conditions.push(eq(reviewClaims.moderatorId, params.moderatorId));
  const rows = await db.delete(reviewClaims).where(and(...conditions)).returning({ id: reviewClaims.id });
  return rows.length > 0;
}

/** Every unexpired claim, keyed `itemType:itemId`, for the queue's "being reviewed by" column. */
export async function listActiveClaims(db: Db, at: Date): Promise<Map<string, ClaimHolder>> {
  const rows = await db
    .select({
      itemType: reviewClaims.itemType,
      itemId: reviewClaims.itemId,
      moderatorId: reviewClaims.moderatorId,
      moderatorName: user.name,
      expiresAt: reviewClaims.expiresAt,
    })
    .from(reviewClaims)
    .innerJoin(user, eq(user.id, reviewClaims.moderatorId))
    .where(gt(reviewClaims.expiresAt, at));
  return new Map(rows.map(({ itemType, itemId, ...holder }) => [`${itemType}:${itemId}`, holder]));
}
