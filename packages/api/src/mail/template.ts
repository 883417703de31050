import type { Locale } from "@karvon/data";
import { cleanSubject, subjectName } from "./subject";

export type RenderedMail = { subject: string; text: string };

/** A mail in the four languages: one render function per locale, taking the same parameters. */
export type MailTemplate<P> = { name: string; render: Record<Locale, (params: P) => RenderedMail> };

export function defineMailTemplate<P>(name: string, render: Record<Locale, (params: P) => RenderedMail>): MailTemplate<P> {
  return { name, render };
}

/** The parameters with every text shortened to what a subject may show (see subjectName). */
function subjectParams<P>(params: P): P {
  if (typeof params !== "object" || params === null) return params;
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === "string" ? subjectName(value) : value]),
  ) as P;
}

/**
 * Renders in the recipient's language. Names reach the subject one
 * line long, without web addresses and capped, whatever was stored: the subject is what a phisher would use.
 * The text keeps them whole (it is plain text, and the names there are the reviewed ones).
 */
export function renderMail<P>(template: MailTemplate<P>, locale: Locale, params: P): RenderedMail {
  const render = template.render[locale];
  return { subject: cleanSubject(render(subjectParams(params)).subject), text: render(params).text };
}
