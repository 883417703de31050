import { localizedTextOf, type Locale, type LocalizedText } from "@karvon/data";
import { getUserBrief, insertNotification, listCompanyOwners, type Db } from "@karvon/db";
import { queueMail, type MailTemplate } from "../mail";

/** The owner's dashboard, in the owner's language: where every moderation mail leads. */
export function dashboardLink(publicUrl: string, locale: Locale): string {
  return `${publicUrl}/${locale}/dashboard`;
}

/** A listing's title or a company's name, in the reader's language. */
export function itemNameFor(name: string | LocalizedText, locale: Locale): string {
  return typeof name === "string" ? name : localizedTextOf(name, locale);
}

/**
 * Tells a company about a moderation outcome: one in-portal notice for the company, one mail to each owner in
 * the owner's language. Runs inside the caller's transaction, so a rolled-back decision tells no one.
 */
export async function noticeCompany<P>(
  db: Db,
  params: {
    companyId: string;
    kind: string;
    notice: Record<string, unknown>;
    template: MailTemplate<P>;
    mailParams: (locale: Locale) => P;
  },
): Promise<void> {
  await insertNotification(db, { companyId: params.companyId, kind: params.kind, params: params.notice });
  for (const owner of await listCompanyOwners(db, params.companyId)) {
    await queueMail(db, { to: owner.email, locale: owner.locale, template: params.template, params: params.mailParams(owner.locale) });
  }
}

/** Tells one person (a reporter) about an outcome: a notice and a mail in their language. */
export async function noticeUser<P>(
  db: Db,
  params: { userId: string; kind: string; notice: Record<string, unknown>; template: MailTemplate<P>; mailParams: (locale: Locale) => P },
): Promise<void> {
  const person = await getUserBrief(db, params.userId);
  if (person === null) return;
  await insertNotification(db, { userId: params.userId, kind: params.kind, params: params.notice });
  await queueMail(db, { to: person.email, locale: person.locale, template: params.template, params: params.mailParams(person.locale) });
}
