import { isLoopbackHost, type Env } from "../env";

export type OutboxAccess = {
  /** /dev/mail, without sign-in: only on a portal nobody else can reach. */
  devPage: boolean;
  /** /[locale]/admin/mail, for signed-in admins. */
  adminPage: boolean;
};

/**
 * Who may read the outbox. It holds password-reset and invitation links, so reading it is taking over
 * accounts: with SMTP configured nobody reads it (mail goes to its recipients); without, admins read it in
 * the staff area, and /dev/mail opens without sign-in only when the server listens on loopback and no reverse
 * proxy is configured in front of it.
 */
export function outboxAccess(config: Pick<Env, "HOST" | "SMTP_URL"> & { TRUSTED_PROXIES?: readonly string[] }): OutboxAccess {
  const isMailbox = config.SMTP_URL === undefined;
  // A portal on loopback behind a configured reverse proxy is reached by everyone through it: no open outbox.
  const isBehindProxy = (config.TRUSTED_PROXIES ?? []).length > 0;
  return { devPage: isMailbox && isLoopbackHost(config.HOST) && !isBehindProxy, adminPage: isMailbox };
}

/** The one start-up line that says where mail goes. */
export function mailDestinationLine(config: Pick<Env, "HOST" | "SMTP_URL" | "PUBLIC_URL"> & { TRUSTED_PROXIES?: readonly string[] }): string {
  if (config.SMTP_URL !== undefined) return "Mail is sent through the SMTP server of SMTP_URL.";
  const base = config.PUBLIC_URL.replace(/\/$/, "");
  return outboxAccess(config).devPage
    ? `No SMTP_URL: mail is not sent; read it at ${base}/dev/mail (this server listens on loopback only).`
    : `No SMTP_URL: mail is not sent; it stays in the outbox, readable by admins at ${base}/en/admin/mail.`;
}
