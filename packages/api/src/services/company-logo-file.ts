import { getCompanyById, getCompanyLogo, memberRole, type CompanyLogo, type Db } from "@karvon/db";
import type { Session } from "../trpc";
import { isStaff } from "./company-access";

/**
 * A company's logo for the web server's logo route: anyone may see the logo of a published, unsuspended
 * company; the logo of any other company only its members and staff. Null means "answer 404".
 */
export async function readCompanyLogo(params: {
  db: Db;
  session: Session | null;
  companyId: string;
}): Promise<CompanyLogo | null> {
  if (!/^[0-9a-f-]{36}$/i.test(params.companyId)) return null;
  const company = await getCompanyById(params.db, params.companyId);
  if (company === null) return null;
  const isPublic = company.published !== null && company.suspendedAt === null;
  if (!isPublic) {
    if (params.session === null) return null;
    const role = await memberRole(params.db, { companyId: company.id, userId: params.session.user.id });
    if (role === null && !isStaff(params.session)) return null;
  }
  return getCompanyLogo(params.db, company.id);
}
