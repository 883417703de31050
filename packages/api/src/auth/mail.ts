import { isLocale, type Locale } from "@karvon/data";
import type { Db } from "@karvon/db";
import { queueMail } from "../mail/send";
import { resetPasswordMail, verifyEmailMail } from "../mail/templates/auth";

type MailUser = { email: string; name: string };

/** better-auth's user objects carry our additional `locale` field untyped. */
export function localeOf(user: object): Locale {
  const locale = "locale" in user ? user.locale : undefined;
  return isLocale(locale) ? locale : "en";
}

/** Links in mails point at the portal's own pages, in the recipient's language. */
export function pageLink(baseUrl: string, locale: Locale, page: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/${locale}/${page}?token=${encodeURIComponent(token)}`;
}

export function createAuthMailer(config: { db: Db; baseUrl: string; onMailQueued?: () => void }) {
  async function send(template: typeof verifyEmailMail, user: MailUser, page: string, token: string) {
    const locale = localeOf(user);
    await queueMail(config.db, {
      to: user.email,
      locale,
      template,
      params: { name: user.name, url: pageLink(config.baseUrl, locale, page, token) },
    });
    config.onMailQueued?.();
  }
  return {
    sendVerificationEmail: ({ user, token }: { user: MailUser; token: string }) =>
      send(verifyEmailMail, user, "verify-email", token),
    sendResetPassword: ({ user, token }: { user: MailUser; token: string }) =>
      send(resetPasswordMail, user, "reset-password", token),
  };
}
