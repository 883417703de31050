import { countryByCode, hsChapters, labelOf, partnerOf } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OpportunityStatistics } from "@/components/cooperation/opportunity-statistics";
import { Link } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/locale-param";
import { opportunitySearchHref } from "@/lib/opportunity-href";
import { api } from "@/trpc/server";

// Offers and requests come from the database on every request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "cooperation.opportunities" });
  return { title: t("title") };
}

/** Product groups ranked by substitution potential, each with its evidence and links into search. */
export default async function OpportunitiesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "cooperation.opportunities" });
  const opportunities = await (await api()).cooperation.opportunities({});
  const countryName = (code: string) => {
    const country = countryByCode(code);
    return country ? labelOf(country, locale) : code;
  };
  const chapterName = (code: string) => {
    const chapter = hsChapters.find((c) => c.code === code);
    return chapter ? labelOf(chapter, locale) : code;
  };
  const hasFigures = opportunities.some((row) => row.figure !== undefined);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-400">{t("intro")}</p>
      {hasFigures ? null : (
        <p className="mt-4 max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50" data-testid="opportunities-fallback">
          {t("fallbackNotice")}
        </p>
      )}
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t("rankedBy")}</p>
      {opportunities.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ol className="mt-6 space-y-4" data-testid="opportunities">
          {opportunities.map((row, index) => {
            const supplier = partnerOf(row.importer);
            return (
              <li key={`${row.chapter}-${row.importer}`} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="opportunity">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="min-w-0 font-semibold">
                    <span className="text-slate-500 dark:text-slate-400">{index + 1}. </span>
                    <Link href={`/opportunities/${row.chapter}`} className="underline">{`${row.chapter} · ${chapterName(row.chapter)}`}</Link>
                  </h2>
                </div>
                <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
                  <div><dt className="text-slate-600 dark:text-slate-400">{t("buyer")}</dt><dd className="font-medium">{countryName(row.importer)}</dd></div>
                  <div><dt className="text-slate-600 dark:text-slate-400">{t("supplier")}</dt><dd className="font-medium">{countryName(supplier)}</dd></div>
                  <div>
                    <dt className="text-slate-600 dark:text-slate-400">{t("offers")}</dt>
                    <dd><span className="font-medium tabular-nums">{row.offers}</span> · <Link className="underline" href={opportunitySearchHref("offers", supplier, row.chapter)}>{t("showOffers")}</Link></dd>
                  </div>
                  <div>
                    <dt className="text-slate-600 dark:text-slate-400">{t("requests")}</dt>
                    <dd><span className="font-medium tabular-nums">{row.requests}</span> · <Link className="underline" href={opportunitySearchHref("requests", row.importer, row.chapter)}>{t("showRequests")}</Link></dd>
                  </div>
                </dl>
                <div className="mt-3 text-sm">
                  <h3 className="sr-only">{t("statistics")}</h3>
                  <OpportunityStatistics chapter={row.chapter} importer={row.importer} figure={row.figure} locale={locale} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
