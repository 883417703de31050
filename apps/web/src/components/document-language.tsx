"use client";

import { useLocale } from "next-intl";
import { useEffect } from "react";

/**
 * Sets <html lang> on pages Next.js sends in its error shell: a 404 from notFound() arrives as
 * `<html id="__next_error__">` without the layout's attributes and is then rendered in the browser, so screen
 * readers would read it in no declared language.
 */
export function DocumentLanguage() {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
