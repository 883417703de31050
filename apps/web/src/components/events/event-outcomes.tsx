import type { Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { formatUsd } from "./event-time";
import { Section } from "@/components/ui/section";

type Outcomes = { meetingsHeld: number; followUps: number; contracts: number; contractValueUsd: number };

/** Reported outcomes of meetings, always marked as what they are: self-reported by the companies. */
export async function EventOutcomes({ outcomes, locale }: { outcomes: Outcomes; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "events.outcomes" });
  return (
    <Section titleId="outcomes-title" title={t("title")} titleClassName="text-2xl font-semibold" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="event-outcomes">
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">{t("held")}</dt><dd className="text-2xl font-bold" data-testid="outcomes-held">{outcomes.meetingsHeld}</dd></div>
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">{t("followUps")}</dt><dd className="text-2xl font-bold">{outcomes.followUps}</dd></div>
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">{t("contracts")}</dt><dd className="text-2xl font-bold" data-testid="outcomes-contracts">{outcomes.contracts}</dd></div>
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">{t("value")}</dt><dd className="text-2xl font-bold" data-testid="outcomes-value">{formatUsd(outcomes.contractValueUsd, locale)}</dd></div>
      </dl>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("selfReported")}</p>
    </Section>
  );
}
