import { bilateralFigures } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActivityChart } from "@/components/cooperation/activity-chart";
import { LiveCharts } from "@/components/cooperation/live-charts";
import { TargetProgress } from "@/components/cooperation/target-progress";
import { EventsOutcomeFigure } from "@/components/events/events-outcome-figure";
import { TradeCharts } from "@/components/cooperation/trade-charts";
import { TradeStructure } from "@/components/cooperation/trade-structure";
import { FigureCard } from "@/components/figure-card";
import { resolveLocale } from "@/i18n/locale-param";
import { TextLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

// Live numbers come from the database on every request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "cooperation" });
  return { title: t("title") };
}

/** Bilateral trade with its sources, the $1 billion target, and the platform's own activity, as charts with tables. */
export default async function CooperationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "cooperation" });
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-400">{t("subtitle")}</p>
      <p className="mt-3">
        <TextLink href="/opportunities" className="font-medium">{t("opportunitiesLink")}</TextLink>
      </p>

      <TargetProgress locale={locale} />
      <EventsOutcomeFigure locale={locale} />

      <div className="mt-8 space-y-6">
        <TradeCharts locale={locale} />
        <TradeStructure locale={locale} />
      </div>

      <Section titleId="live-title" title={t("live")} className="mt-10">
        <div className="mt-4 space-y-6">
          <ActivityChart locale={locale} />
          <LiveCharts locale={locale} />
        </div>
      </Section>

      <Section titleId="figures-title" title={t("figures")} className="mt-10">
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {bilateralFigures.map((figure) => <FigureCard key={figure.code} figure={figure} locale={locale} />)}
        </div>
      </Section>
    </div>
  );
}
