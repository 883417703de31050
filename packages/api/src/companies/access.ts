import { getCompanyById, listMyCompanies, memberRole, type CompanyMemberRole, type CompanyRow, type Db } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import type { Session } from "../trpc";

export function isStaff(session: Session | null): boolean {
  return session !== null && (session.user.role === "moderator" || session.user.role === "admin");
}

/** A company and the caller's role in it (null: staff reading a company they do not belong to). */
export type CompanyAccess<R extends CompanyMemberRole | null> = { company: CompanyRow; role: R };

/**
 * The person's companies with the one they act for first: the session's active organization (chosen with the
 * company switcher or an inbox link from a mail), else their newest membership.
 */
export async function listCompaniesActingFirst(db: Db, session: Session): Promise<CompanyRow[]> {
  const mine = (await listMyCompanies(db, session.user.id)).map((entry) => entry.company);
  const active = mine.find((company) => company.organizationId === session.session.activeOrganizationId);
  return active === undefined ? mine : [active, ...mine.filter((company) => company !== active)];
}

/** Not found and not allowed look the same: nobody learns that an unpublished company exists. */
function notFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
}

/** The company and the caller's role; staff may read every company (role null). Others get NOT_FOUND. */
export async function requireCompanyReader(
  db: Db,
  session: Session,
  companyId: string,
): Promise<CompanyAccess<CompanyMemberRole | null>> {
  const company = await getCompanyById(db, companyId);
  if (company === null) notFound();
  const role = await memberRole(db, { companyId, userId: session.user.id });
  if (role === null && !isStaff(session)) notFound();
  return { company, role };
}

/** A member of the company (any role): may edit the profile, submit it and upload the logo. */
export async function requireCompanyMember(
  db: Db,
  session: Session,
  companyId: string,
): Promise<CompanyAccess<CompanyMemberRole>> {
  const company = await getCompanyById(db, companyId);
  if (company === null) notFound();
  const role = await memberRole(db, { companyId, userId: session.user.id });
  if (role === null) notFound();
  return { company, role };
}
