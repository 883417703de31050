import type { CompanyProfile, Locale } from "@karvon/data";
import type { CompanyRow } from "@karvon/db";

/** The contact person a company shows a partner once a request between them was accepted. */
export type ContactPerson = { name: string | null; email: string | null; phone: string | null };

function text(value: string | undefined): string | null {
  return value === undefined || value.trim() === "" ? null : value.trim();
}

/** The contact person of a published profile; null when the profile names nobody. */
export function contactPersonOf(published: CompanyProfile | null): ContactPerson | null {
  if (published === null) return null;
  const person = { name: text(published.contactName), email: text(published.contactEmail), phone: text(published.contactPhone) };
  return person.name === null && person.email === null && person.phone === null ? null : person;
}

/** The name a company shows: its legal name, which follows the approved profile once there is one. */
export function companyNameOf(company: Pick<CompanyRow, "legalName">): string {
  return company.legalName;
}

export function isPublished(company: Pick<CompanyRow, "published" | "publishedAt">): boolean {
  return company.published !== null && company.publishedAt !== null;
}

/**
 * For an action on something that names its companies (a request, a conversation): the first of my companies,
 * acting one first (`ctx.myCompanies` of a company procedure), for which `isSide` holds. An owner of several
 * companies thus answers a request to any of them from a mail's link or a tab opened before switching. Null when
 * none is a side.
 */
export async function findMySide<T>(
  myCompanies: readonly CompanyRow[],
  isSide: (company: CompanyRow) => Promise<T | null> | T | null,
): Promise<{ company: CompanyRow; found: T } | null> {
  for (const company of myCompanies) {
    const found = await isSide(company);
    if (found !== null) return { company, found };
  }
  return null;
}

/** Links in mails open the portal in the recipient's language. */
export function portalLink(publicUrl: string, locale: Locale, path: string): string {
  return `${publicUrl.replace(/\/$/, "")}/${locale}${path}`;
}

/**
 * The inbox of one of the recipient's companies: opening it switches to that company, so an owner of several
 * companies lands on the requests the mail is about.
 */
export function inboxLink(publicUrl: string, locale: Locale, companyId: string): string {
  return portalLink(publicUrl, locale, `/inbox?company=${encodeURIComponent(companyId)}`);
}
