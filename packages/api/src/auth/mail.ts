import { isLocale, type Locale } from "@karvon/data";
import { countMailSince, type Db } from "@karvon/db";
import { queueMail } from "../mail/send";
import { accountExistsMail, resetPasswordMail, verifyEmailMail } from "./mail-templates";

type MailUser = { email: string; name: string };


/** better-auth's user objects carry our additional `locale` field untyped. */
export function localeOf(user: object): Locale {
  const locale = "locale" in user ? user.locale : undefined;
  return isLocale(locale) ? locale : "en";
}

/** A page of the portal in the recipient's language, without a token. */
function pageUrl(baseUrl: string, locale: Locale, page: string): string {
  return `${baseUrl.replace(/\/$/, "")}/${locale}/${page}`;
}

/** Links in mails point at the portal's own pages, in the recipient's language. */
export function pageLink(baseUrl: string, locale: Locale, page: string, token: string): string {
  return `${pageUrl(baseUrl, locale, page)}?token=${encodeURIComponent(token)}`;
}

/**
 * Verification and reset mails one address receives per hour, whoever asks and from however many client
 * addresses: enough for a person who lost a mail, too few to flood a mailbox.
 */
export const authMailsPerAddressPerHour = 3;
const hourMs = 60 * 60 * 1000;

export function createAuthMailer(config: { db: Db; baseUrl: string; now: () => Date; onMailQueued?: () => void }) {
  async function send(template: typeof verifyEmailMail, user: MailUser, page: string, token: string) {
    const since = new Date(config.now().getTime() - hourMs);
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
    sendAccountExists: async ({ user }: { user: MailUser & { id: string } }) => {
      const locale = localeOf(user);
      // One per account per hour at most, however often the sign-up is tried.
      const window = Math.floor(config.now().getTime() / hourMs);
      const queued = await queueMail(config.db, {
        to: user.email,
        locale,
        template: accountExistsMail,
        params: {
          name: user.name,
          signInUrl: pageUrl(config.baseUrl, locale, "sign-in"),
          resetUrl: pageUrl(config.baseUrl, locale, "forgot-password"),
        },
        dedupeKey: `auth.account-exists:${user.id}:${window}`,
      });
      if (queued) config.onMailQueued?.();
    },
  };
}
