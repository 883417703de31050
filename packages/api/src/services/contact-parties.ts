import { isLocale, type Locale } from "@karvon/data";
import { listMyCompanies, type CompanyRow, type Db } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import type { Session } from "../trpc";

/** The contact person a company shows a partner once a request between them was accepted. */
export type ContactPerson = { name: string | null; email: string | null; phone: string | null };

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The contact person of a published profile: `contact: { name, email, phone }`, or the flat
 * `contactName`/`contactEmail`/`contactPhone` keys. Null when the profile names nobody.
 */
export function contactPersonOf(published: Record<string, unknown> | null): ContactPerson | null {
  if (published === null) return null;
  const nested = record(published.contact);
  const person = {
    name: text(nested.name) ?? text(published.contactName),
    email: text(nested.email) ?? text(published.contactEmail),
    phone: text(nested.phone) ?? text(published.contactPhone),
  };
  return person.name === null && person.email === null && person.phone === null ? null : person;
}

/** The name a company shows: its published trading name when there is one, else its legal name. */
export function companyNameOf(company: Pick<CompanyRow, "legalName" | "published">): string {
  return text(company.published?.name) ?? company.legalName;
}

export function isPublished(company: Pick<CompanyRow, "published" | "publishedAt">): boolean {
  return company.published !== null && company.publishedAt !== null;
}

/** The company the signed-in person acts for: the active organization's, else their newest membership. */
export async function findActingCompany(db: Db, session: Session): Promise<CompanyRow | null> {
  const mine = await listMyCompanies(db, session.user.id);
  const active = mine.find((entry) => entry.company.organizationId === session.session.activeOrganizationId);
  return (active ?? mine[0])?.company ?? null;
}

export async function requireActingCompany(db: Db, session: Session): Promise<CompanyRow> {
  const company = await findActingCompany(db, session);
  if (company === null) throw new TRPCError({ code: "FORBIDDEN", message: "errors.contact.noCompany" });
  return company;
}

/** Links in mails open the portal in the recipient's language. */
export function portalLink(publicUrl: string, locale: string, path: string): string {
  const language: Locale = isLocale(locale) ? locale : "en";
  return `${publicUrl.replace(/\/$/, "")}/${language}${path}`;
}
