import type { Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { api } from "../trpc/server";
import { PartnerCard } from "./listings/partner-card";

/**
 * "Partners for you" on the dashboard: complementary listings across the border for the signed-in person's
 * company, best first, each with its reasons. Self-contained: it loads its own data.
 */
export async function PartnersForYou({ locale, companyId }: { locale: Locale; companyId?: string }) {
  const t = await getTranslations({ locale, namespace: "listings.partners" });
  const suggestions = await (await api()).search.partnersForYou({ companyId, limit: 6 });
  return (
    <section aria-labelledby="partners-for-you" className="flex flex-col gap-3" data-testid="partners-for-you">
      <div>
        <h2 id="partners-for-you" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{suggestions.length > 0 ? t("intro") : t("empty")}</p>
      </div>
      {suggestions.length > 0 ? (
        <ul className="grid gap-3 md:grid-cols-2">
          {suggestions.map((suggestion) => (
            <PartnerCard key={suggestion.theirs.listingId} suggestion={suggestion} locale={locale} showMine />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
