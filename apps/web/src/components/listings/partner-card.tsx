import { countryByCode, labelOf, localizedTextOf, regionByCode, type Locale } from "@karvon/data";
import type { PartnerSuggestion } from "@karvon/api";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MatchReasons } from "./match-reasons";

/** One suggested partner: their listing, their company and place, and why it fits. */
export async function PartnerCard({ suggestion, locale, showMine }: { suggestion: PartnerSuggestion; locale: Locale; showMine: boolean }) {
  const t = await getTranslations({ locale, namespace: "listings.partners" });
  const { theirs } = suggestion;
  const country = countryByCode(theirs.country);
  const region = theirs.region === null ? undefined : regionByCode(theirs.region);
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="partner-card">
      {showMine ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">{t("forYour", { title: localizedTextOf(suggestion.mine.title, locale) })}</p>
      ) : null}
      <Link href={`/listings/${theirs.listingId}`} className="font-semibold hover:text-brand-600">
        {localizedTextOf(theirs.title, locale)}
      </Link>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <Link href={`/companies/${theirs.companySlug}`} className="hover:underline">
          {theirs.companyName}
        </Link>
        {" · "}
        {[country ? labelOf(country, locale) : theirs.country, region ? labelOf(region, locale) : null].filter(Boolean).join(", ")}
      </p>
      <MatchReasons reasons={suggestion.reasons} locale={locale} />
    </li>
  );
}
