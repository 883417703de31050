"use client";

import { localeNames, locales, type Locale } from "@karvon/data";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { usePathname, useRouter } from "../i18n/navigation";
import { controlClasses } from "@/components/ui/control-classes";

/** Switches the language of the current page; next-intl remembers the choice in a cookie. */
export function LanguageSwitcher() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();

  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("language")}</span>
      <select
        data-testid="language-switcher"
        className={controlClasses}
        value={locale}
        disabled={isPending}
        onChange={(event) => {
          const next = event.target.value as Locale;
          const query = searchParams.toString();
          startTransition(() => {
            router.replace(query ? `${pathname}?${query}` : pathname, { locale: next });
          });
        }}
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
