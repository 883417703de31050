import { countryByCode, hsChapterSchema, hsChapters, labelOf, partnerCountryCodes, partnerOf } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalizedChartTable } from "@/components/charts/localized-chart-table";
import { OpportunityStatistics } from "@/components/cooperation/opportunity-statistics";
import { Link } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/locale-param";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { opportunitySearchHref } from "@/lib/opportunity-href";
import { api } from "@/trpc/server";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

// Offers and requests come from the database on every request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; chapter: string }> };

function chapterOf(code: string) {
  const parsed = hsChapterSchema.safeParse(code);
  return parsed.success ? hsChapters.find((chapter) => chapter.code === parsed.data) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const chapter = chapterOf((await params).chapter);
  const t = await getTranslations({ locale, namespace: "cooperation.opportunities" });
  return { title: chapter ? `${chapter.code} · ${labelOf(chapter, locale)} — ${t("title")}` : t("title") };
}

/** One product group: offers and requests on each side, the published statistics, links into search. */
export default async function OpportunityChapterPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const chapter = chapterOf((await params).chapter);
  if (!chapter) notFound();
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const formatDate = await getDateFormat(locale);
  const all = await (await api()).cooperation.opportunities({});
  const sides = partnerCountryCodes.map((importer) => all.find((row) => row.chapter === chapter.code && row.importer === importer) ?? { chapter: chapter.code, importer, offers: 0, requests: 0, figure: undefined });
  const countryName = (code: string) => {
    const country = countryByCode(code);
    return country ? labelOf(country, locale) : code;
  };

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <p className="text-sm"><Link href="/opportunities" className="underline">{t("opportunities.back")}</Link></p>
      <h1 className="mt-2 text-3xl font-bold">{`${chapter.code} · ${labelOf(chapter, locale)}`}</h1>
      <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-400">{t("opportunities.chapterIntro")}</p>

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <LocalizedChartTable
          locale={locale}
          id="chapter-sides"
          title={t("opportunities.chartTitle")}
          headers={{ label: t("opportunities.buyer") }}
          series={[{ key: "offers", label: t("opportunities.offers") }, { key: "requests", label: t("opportunities.requests") }]}
          rows={sides.map((side) => ({ label: countryName(side.importer), values: { offers: side.offers, requests: side.requests } }))}
          caption={t("karvonAsOf", { date: formatDate(new Date(), "date") })}
        />
        <div className="space-y-4">
          {sides.map((side) => {
            const supplier = partnerOf(side.importer);
            return (
              <Section key={side.importer} titleId={`side-${side.importer}`} title={`${countryName(supplier)} → ${countryName(side.importer)}`} titleClassName="font-semibold" className="rounded-xl border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900" data-testid="opportunity-side">
                <ul className="mt-2 space-y-1">
                  <li><span className="tabular-nums font-medium">{side.offers}</span> · <Link className="underline" href={opportunitySearchHref("offers", supplier, chapter.code)}>{t("opportunities.showOffers")}</Link> ({t("opportunities.supplier")}: {countryName(supplier)})</li>
                  <li><span className="tabular-nums font-medium">{side.requests}</span> · <Link className="underline" href={opportunitySearchHref("requests", side.importer, chapter.code)}>{t("opportunities.showRequests")}</Link> ({t("opportunities.buyer")}: {countryName(side.importer)})</li>
                </ul>
                <h3 className="mt-3 font-medium">{t("opportunities.statistics")}</h3>
                <div className="mt-1"><OpportunityStatistics chapter={chapter.code} importer={side.importer} figure={side.figure} locale={locale} /></div>
              </Section>
            );
          })}
        </div>
      </div>

      <Section titleId="cta-title" title={t("opportunities.ctaTitle")} titleClassName="font-semibold" className="mt-8 rounded-xl bg-brand-50 p-5 dark:bg-slate-800">
        <ButtonLink href="/listings/new" className="mt-3">{t("opportunities.cta")}</ButtonLink>
      </Section>
    </div>
  );
}
