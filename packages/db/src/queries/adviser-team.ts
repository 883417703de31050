import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { adviserInvitations, adviserOrganizations, advisers, user } from "../schema";
import { getAdviserOrganizationOf, lockAdviserPerson, type AdviserOrganizationRow } from "./advisers";

export type AdviserInvitationRow = typeof adviserInvitations.$inferSelect;
export type AdviserView = { userId: string; name: string; email: string; since: Date };

/** The people who act for an organisation, the earliest first. */
export async function listAdvisers(db: Db, organizationId: string): Promise<AdviserView[]> {
  return db
    .select({ userId: advisers.userId, name: user.name, email: user.email, since: advisers.createdAt })
    .from(advisers)
    .innerJoin(user, eq(user.id, advisers.userId))
    .where(eq(advisers.organizationId, organizationId))
    .orderBy(asc(advisers.createdAt), asc(advisers.userId));
}

/** An organisation's invitations still waiting for an answer and not expired, the oldest first. */
export async function listPendingAdviserInvitations(db: Db, params: { organizationId: string; at: Date }): Promise<AdviserInvitationRow[]> {
  return db
    .select()
    .from(adviserInvitations)
    .where(and(eq(adviserInvitations.organizationId, params.organizationId), eq(adviserInvitations.status, "pending"), gt(adviserInvitations.expiresAt, params.at)))
    .orderBy(asc(adviserInvitations.createdAt));
}

/** Whether the address already belongs to an adviser of the organisation. */
export async function isAdviserByEmail(db: Db, params: { organizationId: string; email: string }): Promise<boolean> {
  const rows = await db
    .select({ userId: advisers.userId })
    .from(advisers)
    .innerJoin(user, eq(user.id, advisers.userId))
    .where(and(eq(advisers.organizationId, params.organizationId), sql`lower(${user.email}) = ${params.email.toLowerCase()}`))
    .limit(1);
  return rows.length > 0;
}

/** Invites an address into the organisation; a pending invitation to the same address is replaced. */
export async function createAdviserInvitation(
  db: Db,
  params: { organizationId: string; email: string; inviterId: string; at: Date; expiresAt: Date },
): Promise<AdviserInvitationRow> {
  const email = params.email.toLowerCase();
  await db
    .update(adviserInvitations)
    .set({ status: "canceled" })
    .where(and(eq(adviserInvitations.organizationId, params.organizationId), eq(adviserInvitations.email, email), eq(adviserInvitations.status, "pending")));
  const [row] = await db
    .insert(adviserInvitations)
    .values({ organizationId: params.organizationId, email, inviterId: params.inviterId, expiresAt: params.expiresAt, createdAt: params.at })
    .returning();
  if (row === undefined) throw new Error("adviser_invitations insert returned no row");
  return row;
}

/** Invitations written since `since` by one organisation or one person, whatever became of them: each sent a mail. */
export async function countAdviserInvitationsSince(
  db: Db,
  params: ({ organizationId: string } | { inviterId: string }) & { since: Date },
): Promise<number> {
  const who = "organizationId" in params ? eq(adviserInvitations.organizationId, params.organizationId) : eq(adviserInvitations.inviterId, params.inviterId);
  const [row] = await db.select({ total: count() }).from(adviserInvitations).where(and(who, gt(adviserInvitations.createdAt, params.since)));
  return row?.total ?? 0;
}

/** What an invitation link is about: the invitation and its organisation. */
export async function getAdviserInvitation(db: Db, invitationId: string): Promise<{ invitation: AdviserInvitationRow; organization: AdviserOrganizationRow } | null> {
  const [row] = await db
    .select({ invitation: adviserInvitations, organization: adviserOrganizations })
    .from(adviserInvitations)
    .innerJoin(adviserOrganizations, eq(adviserOrganizations.id, adviserInvitations.organizationId))
    .where(eq(adviserInvitations.id, invitationId))
    .limit(1);
  return row ?? null;
}

/**
 * Turns a pending invitation into an adviser (compare-and-set on its status, so a link works once). A person acts
 * for one organisation at most: "already-adviser" when they act for one, and the invitation stays pending.
 */
export async function acceptAdviserInvitation(
  db: Db,
  params: { invitationId: string; userId: string; at: Date },
): Promise<"accepted" | "used" | "already-adviser"> {
  return db.transaction(async (tx) => {
    // One person at a time: two invitations accepted at once cannot make them an adviser of two organisations.
    await lockAdviserPerson(tx, params.userId);
    if ((await getAdviserOrganizationOf(tx, params.userId)) !== null) return "already-adviser";
    const [accepted] = await tx
      .update(adviserInvitations)
      .set({ status: "accepted" })
      .where(and(eq(adviserInvitations.id, params.invitationId), eq(adviserInvitations.status, "pending")))
      .returning();
    if (accepted === undefined) return "used";
    await tx.insert(advisers).values({ organizationId: accepted.organizationId, userId: params.userId, createdAt: params.at });
    return "accepted";
  });
}

/** Cancels a pending invitation of the organisation; false when there is none (unknown, used, another's). */
export async function cancelAdviserInvitation(db: Db, params: { organizationId: string; invitationId: string }): Promise<AdviserInvitationRow | null> {
  const [row] = await db
    .update(adviserInvitations)
    .set({ status: "canceled" })
    .where(and(eq(adviserInvitations.id, params.invitationId), eq(adviserInvitations.organizationId, params.organizationId), eq(adviserInvitations.status, "pending")))
    .returning();
  return row ?? null;
}

/**
 * Removes an adviser from the organisation, never the last one (somebody must answer for its companies). Under the
 * organisation's lock, so two removals at once cannot leave it empty.
 */
export async function removeAdviser(db: Db, params: { organizationId: string; userId: string }): Promise<"removed" | "not-found" | "last"> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`adviser-team:${params.organizationId}`}))`);
    const team = await tx.select({ userId: advisers.userId }).from(advisers).where(eq(advisers.organizationId, params.organizationId));
    if (!team.some((entry) => entry.userId === params.userId)) return "not-found";
    if (team.length === 1) return "last";
    await tx.delete(advisers).where(and(eq(advisers.organizationId, params.organizationId), eq(advisers.userId, params.userId)));
    return "removed";
  });
}
