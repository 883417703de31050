import { getCompanyById, getCompanyLogo, memberRole, type CompanyLogo, type Db, type LogoVersion } from "@karvon/db";
import type { Session } from "../trpc";
import { isStaff } from "./access";

/**
 * A company's logo for the web server's logo route. Anyone sees the approved logo of a published, unsuspended
 * company; a logo not yet approved (the working one, or any logo of an unpublished company) only its members
 * and staff — a new logo goes public with the next approval of the profile. Null means "answer 404".
 */
export async function readCompanyLogo(params: {
  db: Db;
  session: Session | null;
  companyId: string;
  version?: LogoVersion;
}): Promise<CompanyLogo | null> {
  if (!/^[0-9a-f-]{36}$/i.test(params.companyId)) return null;
  const company = await getCompanyById(params.db, params.companyId);
  if (company === null) return null;
  const isPublic = company.published !== null && company.suspendedAt === null && company.deletedAt === null;
  const version = params.version ?? (isPublic ? "published" : "working");
  if (!isPublic || version === "working") {
    if (params.session === null) return null;
    const role = await memberRole(params.db, { companyId: company.id, userId: params.session.user.id });
    if (role === null && !isStaff(params.session)) return null;
  }
  return getCompanyLogo(params.db, company.id, version);
}
