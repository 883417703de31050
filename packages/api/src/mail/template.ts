import { isLocale, type Locale } from "@karvon/data";

export type RenderedMail = { subject: string; text: string };

/** A mail in the four languages: one render function per locale, taking the same parameters. */
export type MailTemplate<P> = { name: string; render: Record<Locale, (params: P) => RenderedMail> };

export function defineMailTemplate<P>(name: string, render: Record<Locale, (params: P) => RenderedMail>): MailTemplate<P> {
  return { name, render };
}

/** Renders in the recipient's language; an unknown locale falls back to English. */
export function renderMail<P>(template: MailTemplate<P>, locale: string, params: P): RenderedMail {
  return template.render[isLocale(locale) ? locale : "en"](params);
}
