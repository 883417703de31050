import type { Locale } from "@karvon/data";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companies, invitation, member, user } from "../schema";
import type { CompanyMemberRole, CompanyRow } from "./companies";

export type InvitationRow = typeof invitation.$inferSelect;

export type CompanyMemberView = {
  memberId: string;
  userId: string;
  name: string;
  email: string;
  role: CompanyMemberRole;
  since: Date;
};

/** The owners of a company (who receive its mail), with their language. */
export async function listCompanyOwners(db: Db, companyId: string): Promise<{ userId: string; email: string; name: string; locale: Locale }[]> {
  return db
    .select({ userId: user.id, email: user.email, name: user.name, locale: user.locale })
    .from(member)
    .innerJoin(companies, eq(companies.organizationId, member.organizationId))
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(companies.id, companyId), eq(member.role, "owner")));
}

export async function listCompanyMembers(db: Db, companyId: string): Promise<CompanyMemberView[]> {
  const rows = await db
    .select({
      memberId: member.id,
      userId: member.userId,
      name: user.name,
      email: user.email,
      role: member.role,
      since: member.createdAt,
    })
    .from(member)
    .innerJoin(companies, eq(companies.organizationId, member.organizationId))
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(companies.id, companyId))
    .orderBy(asc(member.createdAt));
  return rows.map((row) => ({ ...row, role: row.role as CompanyMemberRole }));
}

/** Pending invitations that have not expired. */
export async function listPendingInvitations(db: Db, params: { companyId: string; at: Date }): Promise<InvitationRow[]> {
  return db
    .select({ invitation })
    .from(invitation)
    .innerJoin(companies, eq(companies.organizationId, invitation.organizationId))
    .where(and(eq(companies.id, params.companyId), eq(invitation.status, "pending"), gt(invitation.expiresAt, params.at)))
    .orderBy(asc(invitation.createdAt))
    .then((rows) => rows.map((row) => row.invitation));
}

export async function isMemberByEmail(db: Db, params: { companyId: string; email: string }): Promise<boolean> {
  const rows = await db
    .select({ id: member.id })
    .from(member)
    .innerJoin(companies, eq(companies.organizationId, member.organizationId))
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(companies.id, params.companyId), sql`lower(${user.email}) = ${params.email.toLowerCase()}`))
    .limit(1);
  return rows.length > 0;
}

/**
 * Invites an e-mail address to the company (better-auth's invitation row). A pending invitation to the same
 * address is replaced, so the newest link is the one that works.
 */
export async function createCompanyInvitation(
  db: Db,
  params: { company: CompanyRow; email: string; inviterId: string; at: Date; expiresAt: Date },
): Promise<InvitationRow> {
  const email = params.email.toLowerCase();
  await db
    .update(invitation)
    .set({ status: "canceled" })
    .where(
      and(
        eq(invitation.organizationId, params.company.organizationId),
        eq(invitation.email, email),
        eq(invitation.status, "pending"),
      ),
    );
  const [row] = await db
    .insert(invitation)
    .values({
      id: crypto.randomUUID(),
      organizationId: params.company.organizationId,
      email,
      role: "member",
      status: "pending",
      expiresAt: params.expiresAt,
      inviterId: params.inviterId,
      createdAt: params.at,
    })
    .returning();
  if (row === undefined) throw new Error("invitation insert returned no row");
  return row;
}

/**
 * Invitations written since `since` — by one company (`organizationId`) or by one person (`inviterId`), whatever
 * became of them: each one sent a mail.
 */
export async function countInvitationsSince(
  db: Db,
  params: ({ organizationId: string } | { inviterId: string }) & { since: Date },
): Promise<number> {
  const who = "organizationId" in params ? eq(invitation.organizationId, params.organizationId) : eq(invitation.inviterId, params.inviterId);
  const [row] = await db.select({ total: count() }).from(invitation).where(and(who, gt(invitation.createdAt, params.since)));
  return row?.total ?? 0;
}

export async function getInvitation(
  db: Db,
  invitationId: string,
): Promise<{ invitation: InvitationRow; company: CompanyRow } | null> {
  const [row] = await db
    .select({ invitation, company: companies })
    .from(invitation)
    .innerJoin(companies, eq(companies.organizationId, invitation.organizationId))
    .where(eq(invitation.id, invitationId))
    .limit(1);
  return row ?? null;
}

/**
 * Turns a pending invitation into a membership (compare-and-set on the invitation's status, so a link works
 * once). Returns null when the invitation is no longer pending.
 */
export async function acceptCompanyInvitation(
  db: Db,
  params: { invitationId: string; userId: string; at: Date },
): Promise<InvitationRow | null> {
  return db.transaction(async (tx) => {
    const [accepted] = await tx
      .update(invitation)
      .set({ status: "accepted" })
      .where(and(eq(invitation.id, params.invitationId), eq(invitation.status, "pending")))
      .returning();
    if (accepted === undefined) return null;
    await addCompanyMember(tx, { organizationId: accepted.organizationId, userId: params.userId, role: (accepted.role ?? "member") as CompanyMemberRole, at: params.at });
    return accepted;
  });
}

/**
 * The one way a person becomes a member of a company after it was created: an accepted invitation, or the
 * company's own contact person taking over a company an adviser brought. A person already in the company keeps
 * their membership; asked to make them the owner, it raises their role.
 */
export async function addCompanyMember(
  db: Db,
  params: { organizationId: string; userId: string; role: CompanyMemberRole; at: Date },
): Promise<void> {
  const [existing] = await db
    .select({ id: member.id, role: member.role })
    .from(member)
    .where(and(eq(member.organizationId, params.organizationId), eq(member.userId, params.userId)))
    .limit(1);
  if (existing === undefined) {
    await db.insert(member).values({ id: crypto.randomUUID(), organizationId: params.organizationId, userId: params.userId, role: params.role, createdAt: params.at });
  } else if (params.role === "owner" && existing.role !== "owner") {
    await db.update(member).set({ role: "owner" }).where(eq(member.id, existing.id));
  }
}

export async function removeCompanyMember(db: Db, params: { companyId: string; userId: string }): Promise<boolean> {
  const [company] = await db
    .select({ organizationId: companies.organizationId })
    .from(companies)
    .where(eq(companies.id, params.companyId))
    .limit(1);
  if (company === undefined) return false;
  const rows = await db
    .delete(member)
    .where(and(eq(member.organizationId, company.organizationId), eq(member.userId, params.userId)))
    .returning({ id: member.id });
  return rows.length > 0;
}

/** Makes `toUserId` the owner and the previous owner a member, in one transaction. */
export async function transferCompanyOwnership(
  db: Db,
  params: { companyId: string; fromUserId: string; toUserId: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [company] = await tx
      .select({ organizationId: companies.organizationId })
      .from(companies)
      .where(eq(companies.id, params.companyId))
      .limit(1);
    if (company === undefined) return false;
    const promoted = await tx
      .update(member)
      .set({ role: "owner" })
      .where(and(eq(member.organizationId, company.organizationId), eq(member.userId, params.toUserId)))
      .returning({ id: member.id });
    if (promoted.length === 0) return false;
    await tx
      .update(member)
      .set({ role: "member" })
      .where(
        and(
          eq(member.organizationId, company.organizationId),
          eq(member.userId, params.fromUserId),
          eq(member.role, "owner"),
        ),
      );
    return true;
  });
}
