import type { Locale } from "@karvon/data";

/**
 * What next-intl knows about this app: `useLocale()` returns a `Locale`, and every API that takes a locale
 * accepts only one of ours.
 */
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
