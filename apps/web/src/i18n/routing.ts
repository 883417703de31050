import { defaultLocale, locales } from "@karvon/data";
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // The chosen language is remembered in the NEXT_LOCALE cookie (next-intl's default).
  localePrefix: "always",
});
