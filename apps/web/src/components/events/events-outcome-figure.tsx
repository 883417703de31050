import type { Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { api } from "@/trpc/server";
import { formatUsd } from "./event-time";
import { TextLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

/** For the cooperation dashboard: what companies reported from meetings at Karvon's events (self-reported). */
export async function EventsOutcomeFigure({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "events.outcomes" });
  const totals = await (await api()).events.outcomeTotals();
  return (
    <Section titleId="event-outcomes-figure" title={t("dashboardTitle")} titleClassName="text-lg font-semibold" className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="cooperation-event-outcomes">
      <p className="mt-1">
        {t("dashboardLine", { held: totals.meetingsHeld, contracts: totals.contracts, value: formatUsd(totals.contractValueUsd, locale) })}
      </p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t("dashboardNote")} <TextLink href="/events">{t("allEvents")}</TextLink>
      </p>
    </Section>
  );
}
