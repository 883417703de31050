import { getCompanyById, memberRole, type CompanyMemberRole, type CompanyRow, type Db } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import type { Session } from "../trpc";

export function isStaff(session: Session | null): boolean {
  return session !== null && (session.user.role === "moderator" || session.user.role === "admin");
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
): Promise<{ company: CompanyRow; role: CompanyMemberRole | null }> {
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
): Promise<{ company: CompanyRow; role: CompanyMemberRole }> {
  const company = await getCompanyById(db, companyId);
  if (company === null) notFound();
  const role = await memberRole(db, { companyId, userId: session.user.id });
  if (role === null) notFound();
  return { company, role };
}

/** The owner: manages members and hands over ownership. */
export async function requireCompanyOwner(db: Db, session: Session, companyId: string): Promise<CompanyRow> {
  const { company, role } = await requireCompanyMember(db, session, companyId);
  if (role !== "owner") throw new TRPCError({ code: "FORBIDDEN", message: "errors.company.ownerOnly" });
  return company;
}
