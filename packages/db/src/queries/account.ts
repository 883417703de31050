import type { Locale } from "@karvon/data";
import { and, eq, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  account,
  auditLog,
  companies,
  contactRequests,
  invitation,
  listings,
  messages,
  reports,
  mailOutbox,
  organization,
  member,
  session,
  user,
  verification,
} from "../schema";
import { listCompaniesByOrganization, markCompanyDeleted } from "./companies";
import { refreshSearchDocumentsForCompany } from "./search-documents";

export type UserProfile = { id: string; name: string; email: string; locale: Locale; role: string };

export async function findUserById(db: Db, userId: string): Promise<UserProfile | undefined> {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email, locale: user.locale, role: user.role })
    .from(user)
    .where(eq(user.id, userId));
  return row;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserProfile | undefined> {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email, locale: user.locale, role: user.role })
    .from(user)
    .where(eq(user.email, email.toLowerCase()));
  return row;
}

export async function updateUserProfile(db: Db, params: { userId: string; name: string; locale: Locale }) {
  await db.update(user).set({ name: params.name, locale: params.locale }).where(eq(user.id, params.userId));
}

/**
 * Everything the portal holds about a person and the companies they belong to, for "export my data": among
 * it the companies' listings, the contact requests the person wrote or their companies received, and the
 * messages the person wrote.
 * Secrets are left out (password hashes, session tokens). Other areas add their rows here as they grow.
 */
export async function exportAccountData(db: Db, userId: string) {
  const [person] = await db.select().from(user).where(eq(user.id, userId));
  if (!person) return undefined;
  const sessions = await db
    .select({
      id: session.id,
      createdAt: session.createdAt,
      expiresAt: session.expiresAt,
      ipAddress: session.ipAddress,
      userAgent: session.userAgent,
    })
    .from(session)
    .where(eq(session.userId, userId));
  const logins = await db
    .select({ providerId: account.providerId, createdAt: account.createdAt, updatedAt: account.updatedAt })
    .from(account)
    .where(eq(account.userId, userId));
  const memberships = await db
    .select({ role: member.role, joinedAt: member.createdAt, organization })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(eq(member.userId, userId));
  const organizationIds = memberships.map((m) => m.organization.id);
  const myCompanies =
    organizationIds.length === 0
      ? []
      : await db.select().from(companies).where(inArray(companies.organizationId, organizationIds));
  const companyIds = myCompanies.map((company) => company.id);
  const myListings = companyIds.length === 0 ? [] : await db.select().from(listings).where(inArray(listings.companyId, companyIds));
  // Requests this person wrote, and those addressed to their companies (they were written to them).
  const requestsOfMine = or(
    eq(contactRequests.senderUserId, userId),
    companyIds.length === 0 ? undefined : inArray(contactRequests.recipientCompanyId, companyIds),
  );
  const myContactRequests = await db.select().from(contactRequests).where(requestsOfMine);
  const myMessages = await db.select().from(messages).where(eq(messages.senderUserId, userId));
  const invitations = await db
    .select()
    .from(invitation)
    .where(or(eq(invitation.email, person.email), eq(invitation.inviterId, userId)));
  const mail = await db.select().from(mailOutbox).where(eq(mailOutbox.to, person.email));
  const activity = await db.select().from(auditLog).where(eq(auditLog.actorId, userId));
  return {
    user: person,
    sessions,
    logins,
    memberships,
    companies: myCompanies,
    listings: myListings,
    contactRequests: myContactRequests,
    messages: myMessages,
    invitations,
    mail,
    activity,
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;

/** The contact-person fields of a company profile (a `CompanyDraft` of @karvon/data). */
const contactKeys = sql`array['contactName', 'contactPosition', 'contactEmail', 'contactPhone']`;

/**
 * A company that stays after its contact person left must not keep their e-mail or phone: the contact
 * fields are removed from the working copy and the published profile; the owners fill them in again.
 */
async function removeContactPerson(db: Db, email: string) {
  await db
    .update(companies)
    .set({ profile: sql`${companies.profile} - ${contactKeys}::text[]` })
    .where(sql`lower(${companies.profile}->>'contactEmail') = ${email}`);
  await db
    .update(companies)
    .set({ published: sql`${companies.published} - ${contactKeys}::text[]` })
    .where(sql`lower(${companies.published}->>'contactEmail') = ${email}`);
}

export type DeleteAccountResult =
  | { ok: true; deletedCompanies: string[] }
  | { ok: false; reason: "companyUnderModeration"; companyId: string };

/**
 * Companies of `organizationIds` that a moderator is dealing with: suspended, or with an open report on the
 * company, its listings, its messages or its contact requests. Their last member cannot make them disappear.
 */
async function companiesUnderModeration(db: Db, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select({ id: companies.id })
    .from(companies)
    .where(
      and(
        inArray(companies.organizationId, organizationIds),
        or(
          isNotNull(companies.suspendedAt),
          sql`exists (
            select 1 from ${reports} r where r.status = 'open' and (
              (r.target_type = 'company' and r.target_id = ${companies.id})
              or (r.target_type = 'listing' and r.target_id in (select l.id from ${listings} l where l.company_id = ${companies.id}))
              or (r.target_type = 'message' and r.target_id in (select m.id from ${messages} m where m.sender_company_id = ${companies.id}))
              or (r.target_type = 'contact-request' and r.target_id in (select c.id from ${contactRequests} c where c.sender_company_id = ${companies.id}))
            ))`,
        ),
      ),
    );
  return rows.map((row) => row.id);
}

/**
 * A company about to be marked deleted answers nothing more: its pending requests, sent or received, are
 * withdrawn. The requests and conversations themselves stay with the other companies, which show "a deleted
 * company".
 */
async function closeOpenRequestsOfOrganization(db: Db, organizationId: string) {
  const companyOfOrganization = db.select({ id: companies.id }).from(companies).where(eq(companies.organizationId, organizationId));
  await db
    .update(contactRequests)
    .set({ status: "withdrawn" })
    .where(
      and(
        eq(contactRequests.status, "pending"),
        or(inArray(contactRequests.senderCompanyId, companyOfOrganization), inArray(contactRequests.recipientCompanyId, companyOfOrganization)),
      ),
    );
}

/**
 * Erases a person in one transaction: the user row goes (sessions, logins and memberships cascade), mail to
 * their address and invitations to it are deleted. A company with other members stays (ownership passes to
 * the longest-standing remaining member when the leaver was an owner). A company left without members is
 * marked deleted, not removed: the other party keeps its conversations and requests, and pending invitations
 * into it are withdrawn. Refused, with nothing changed, when such a company is suspended or reported. Its pending requests,
 * sent or received, are withdrawn. Messages the person wrote stay in their threads without an author ("a deleted user").
 * The audit log keeps only the user id, which no longer leads anywhere.
 */
export async function deleteAccount(db: Db, userId: string, at: Date): Promise<DeleteAccountResult> {
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ email: user.email }).from(user).where(eq(user.id, userId)).for("update");
    if (!person) return { ok: true, deletedCompanies: [] };
    const memberships = await tx.select().from(member).where(eq(member.userId, userId));
    const leftEmpty: string[] = [];
    const successors: string[] = [];
    for (const membership of memberships) {
      const others = await tx
        .select()
        .from(member)
        .where(and(eq(member.organizationId, membership.organizationId), ne(member.userId, userId)))
        .orderBy(member.createdAt);
      const successor = others[0];
      if (!successor) leftEmpty.push(membership.organizationId);
      else if (membership.role === "owner" && !others.some((other) => other.role === "owner")) successors.push(successor.id);
    }
    const [blocked] = await companiesUnderModeration(tx, leftEmpty);
    if (blocked !== undefined) return { ok: false, reason: "companyUnderModeration", companyId: blocked };

    if (successors.length > 0) await tx.update(member).set({ role: "owner" }).where(inArray(member.id, successors));
    const deletedCompanies = leftEmpty.length === 0 ? [] : await listCompaniesByOrganization(tx, leftEmpty);
    for (const organizationId of leftEmpty) await closeOpenRequestsOfOrganization(tx, organizationId);
    for (const company of deletedCompanies) {
      await markCompanyDeleted(tx, { companyId: company.id, at });
      await refreshSearchDocumentsForCompany(tx, company.id, at);
    }
    if (leftEmpty.length > 0) await tx.delete(invitation).where(inArray(invitation.organizationId, leftEmpty));
    // An organization that never got a company has nothing anyone else could need.
    const keep = new Set(deletedCompanies.map((company) => company.organizationId));
    const removable = leftEmpty.filter((organizationId) => !keep.has(organizationId));
    if (removable.length > 0) await tx.delete(organization).where(inArray(organization.id, removable));
    await removeContactPerson(tx, person.email);
    await tx.delete(invitation).where(eq(invitation.email, person.email));
    await tx.delete(mailOutbox).where(eq(mailOutbox.to, person.email));
    // Pending password-reset tokens name the user by id.
    await tx.delete(verification).where(eq(verification.value, userId));
    await tx.delete(user).where(eq(user.id, userId));
    return { ok: true, deletedCompanies: deletedCompanies.map((company) => company.id) };
  });
}
