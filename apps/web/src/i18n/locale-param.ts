import { locales, type Locale } from "@karvon/data";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";

/**
 * Every page and layout under [locale] starts with this: an unknown segment (/favicon.ico, /wp-admin) is a 404
 * before anything formats with it, and next-intl learns the locale for static rendering.
 */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
