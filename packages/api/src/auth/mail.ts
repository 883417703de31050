import { isLocale, type Locale } from "@karvon/data";
import { countMailSince, type Db } from "@karvon/db";
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

/**
 * Verification and reset mails one address receives per hour, whoever asks and from however many client
 * addresses: enough for a person who lost a mail, too few to flood a mailbox.
 */
export const authMailsPerAddressPerHour = 3;
const hourMs = 60 * 60 * 1000;

export function createAuthMailer(config: { db: Db; baseUrl: string; onMailQueued?: () => void; now?: () => Date }) {
  async function send(template: typeof verifyEmailMail, user: MailUser, page: string, token: string) {
    const since = new Date((config.now?.() ?? new Date()).getTime() - hourMs);
    // Over the limit nothing is sent and nothing is said: the answer must not differ from that for an
    // address with no account, or it would tell who has one.
    if ((await countMailSince(config.db, { to: user.email, template: template.name, since })) >= authMailsPerAddressPerHour) return;
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
