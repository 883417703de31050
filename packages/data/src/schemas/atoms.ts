import { z } from "zod";
import { isCommonPassword } from "../common-passwords";
import { locales, type Locale } from "../locales";
import { err, type ErrorKey } from "./errors";

/** A required, trimmed string of `min`..`max` characters. */
export function requiredText(min: number, max: number) {
  return z
    .string(err("errors.required"))
    .trim()
    .min(1, err("errors.required"))
    .refine((value) => value.length === 0 || value.length >= min, err("errors.tooShort"))
    .max(max, err("errors.tooLong"));
}

/** An optional trimmed string up to `max` characters; an empty string becomes `undefined`. */
export function optionalText(max: number) {
  return z
    .string(err("errors.invalid"))
    .trim()
    .max(max, err("errors.tooLong"))
    .optional()
    .transform((value) => (value === undefined || value === "" ? undefined : value));
}

export const localeSchema = z.enum(locales, { error: "errors.locale" });

/**
 * Control characters (U+0000, line breaks, tabs, escapes) have no place in a one-line value: PostgreSQL refuses
 * U+0000, and a line break in a name shown in a mail subject or greeting changes what the mail says.
 */
export function hasControlCharacters(value: string): boolean {
  return /\p{Cc}/u.test(value);
}

/**
 * A web address with a scheme or starting with "www.": mail subjects carry names, and a link there is phishing.
 * Linear on any input (a name may arrive 200 kB long before the length check refuses it).
 */
const webAddress = /:\/\/|\bwww\./i;

/** A name shown to others, in pages and in mail subjects: one line, no web address. */
function nameText(min: number, max: number) {
  return requiredText(min, max).refine((value) => !hasControlCharacters(value) && !webAddress.test(value), err("errors.nameText"));
}

export const companyNameSchema = nameText(2, 200);
export const personNameSchema = nameText(1, 100);
export const shortTextSchema = requiredText(1, 200);
export const descriptionSchema = requiredText(1, 5000);

export const emailSchema = z
  .string(err("errors.required"))
  .trim()
  .toLowerCase()
  .min(1, err("errors.required"))
  .max(254, err("errors.tooLong"))
  .pipe(z.email(err("errors.email")));

const schemePattern = /^([a-z][a-z0-9+.-]*):/i;

/** Adds `https://` to a bare host such as `karvon.uz`; leaves other schemes alone so they fail the check. */
function withScheme(raw: string): string {
  const scheme = schemePattern.exec(raw);
  if (scheme === null) return `https://${raw}`;
  // "example.com:8080/x" looks like a scheme followed by a port: treat as a bare host.
  const rest = raw.slice(scheme[0].length);
  if (/^\d/.test(rest) && (scheme[1] ?? "").includes(".")) return `https://${raw}`;
  return raw;
}

export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (url.username !== "" || url.password !== "") return false;
  const host = url.hostname;
  return host === "localhost" || host.includes(".");
}

/** An http(s) URL; a bare host gets `https://`. `javascript:`, `data:`, `ftp:` … are refused. */
export const httpUrlSchema = z
  .string(err("errors.required"))
  .trim()
  .min(1, err("errors.required"))
  .max(2048, err("errors.tooLong"))
  .transform(withScheme)
  .refine(isHttpUrl, err("errors.url"));

export const slugSchema = z
  .string(err("errors.required"))
  .min(2, err("errors.tooShort"))
  .max(80, err("errors.tooLong"))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, err("errors.slug"));

/**
 * Dates a person enters lie in the years 2000–2099. Both databases reject some dates JavaScript accepts (year 0,
 * year 10000 and later, written "+010000-…"), and no event, filter or deadline of this portal lies outside.
 */
const earliestDate = new Date("2000-01-01T00:00:00Z");
const latestDate = new Date("2100-01-01T00:00:00Z");

/** An instant (a date and time, or anything `Date` reads) in the years 2000–2099; `key` names the error. */
export function instantSchema(key: ErrorKey) {
  return z.coerce
    .date(err(key))
    .min(earliestDate, err(key))
    .refine((value) => value < latestDate, err(key));
}

/** A calendar date "2027-05-21" in the years 2000–2099; `key` names the error. */
export function calendarDateSchema(key: ErrorKey) {
  return z.iso.date(err(key)).refine((value) => value >= "2000-01-01" && value < "2100-01-01", err(key));
}

export const uuidSchema = z.uuid(err("errors.uuid"));
export const idempotencyKeySchema = z.uuid(err("errors.uuid"));

/** 8–128 characters, no composition rules, not one of the most common passwords. */
export const passwordSchema = z
  .string(err("errors.required"))
  .min(8, err("errors.password.tooShort"))
  .max(128, err("errors.password.tooLong"))
  .refine((password) => !isCommonPassword(password), err("errors.password.common"));

export type LocalizedText = Partial<Record<Locale, string>>;

/** A text in one or more of the four languages; at least one must be non-empty. Empty entries are dropped. */
export function localizedTextSchemaOf(max: number) {
  const entry = optionalText(max);
  return z
    .object({ en: entry, ru: entry, uz: entry, az: entry }, err("errors.required"))
    .transform((value): LocalizedText => {
      const out: LocalizedText = {};
      for (const locale of locales) {
        const text = value[locale];
        if (text !== undefined) out[locale] = text;
      }
      return out;
    })
    .refine((value) => Object.keys(value).length > 0, err("errors.localizedText.empty"));
}

export const localizedTextSchema = localizedTextSchemaOf(5000);
export const localizedTitleSchema = localizedTextSchemaOf(200);

/** The text of a localized value in the reader's locale, else the first available (en, ru, uz, az order). */
export function localizedTextOf(value: LocalizedText, locale: Locale): string {
  const own = value[locale];
  if (own !== undefined && own !== "") return own;
  for (const other of locales) {
    const text = value[other];
    if (text !== undefined && text !== "") return text;
  }
  return "";
}
