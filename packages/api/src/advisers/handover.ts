import { findCompanyAdviserByCompany, getUserBrief, listCompanyOwners, type CompanyAdviserByToken, type Db } from "@karvon/db";
import { queueMail } from "../mail";
import { claimTokenCompanyId, isValidClaimToken, signClaimToken } from "./claim-token";
import { adviserHandoverOfferMail } from "./handover-mail-templates";

/** The company, its adviser link and organisation a hand-over token names, or null (unknown, forged, expired, deleted). */
export async function findByClaimToken(db: Db, token: string, now: Date): Promise<CompanyAdviserByToken | null> {
  const companyId = claimTokenCompanyId(token);
  if (companyId === null) return null;
  const found = await findCompanyAdviserByCompany(db, companyId);
  if (found === null || found.company.deletedAt !== null || !isValidClaimToken(token, found.link, now)) return null;
  return found;
}

/** A fresh hand-over token while nobody owns the company, else null (nothing left to take over). */
export async function claimTokenWhileUnowned(db: Db, found: CompanyAdviserByToken, now: Date): Promise<string | null> {
  if (found.company.deletedAt !== null) return null;
  const owners = await listCompanyOwners(db, found.company.id);
  return owners.length > 0 ? null : signClaimToken(found.link, now);
}

/** "j•••@example.uz": tells the reader which mailbox to sign in with without handing the address to whoever holds the link. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

/**
 * When staff publish a company an adviser brought and nobody of the company owns it yet, its own contact
 * address is told it is live and gets a hand-over link, once per company (a later approval sends nothing). The
 * mail is in the language of the adviser who imported it, like the consent mail before it.
 */
export async function offerHandoverAfterPublication(db: Db, params: { companyId: string; publicUrl: string; now: Date }): Promise<void> {
  const found = await findCompanyAdviserByCompany(db, params.companyId);
  if (found === null) return;
  const token = await claimTokenWhileUnowned(db, found, params.now);
  if (token === null) return;
  const importer = found.link.addedBy === null ? null : await getUserBrief(db, found.link.addedBy);
  const locale = importer?.locale ?? "en";
  await queueMail(db, {
    to: found.link.consentEmail,
    locale,
    template: adviserHandoverOfferMail,
    params: { organizationName: found.organization.name, companyName: found.company.legalName, url: `${params.publicUrl}/${locale}/advisers/claim/${token}` },
    dedupeKey: `adviser-handover-offer:${found.company.id}`,
  });
}
