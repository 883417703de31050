import { figureByCode, latestFullYearTurnover, tradeSeries, type Locale } from "@karvon/data";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDateWords } from "@/lib/dates/get-date-format";
import { formatPeriod } from "@/lib/trade-format";
import { SourceLinks } from "../charts/source-links";
import { Section } from "@/components/ui/section";

/** How far the latest complete year's turnover is toward the $1 billion target, and the latest part-year figure. */
export async function TargetProgress({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const format = await getFormatter({ locale });
  const words = await getDateWords(locale);
  const latest = latestFullYearTurnover();
  const target = figureByCode("trade-turnover-target");
  if (!latest || !target) return null;
  const partial = tradeSeries("turnover").filter((figure) => figure.partial && figure.period.from > latest.period.to).at(-1);
  const share = latest.value / target.value;
  const usd = (value: number) => format.number(value, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });
  return (
    <Section titleId="target-title" title={t("target")} titleClassName="font-semibold" className="mt-8 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900" data-testid="target-progress">
      <div className="mt-3 h-4 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)} aria-label={t("target")}>
        <div className="h-full bg-brand-600" style={{ width: `${Math.min(100, share * 100)}%` }} />
      </div>
      <p className="mt-2 text-sm">
        {t("targetProgress", { share: format.number(share, { style: "percent", maximumFractionDigits: 1 }), year: latest.year, value: usd(latest.value), target: usd(target.value) })}
        {partial ? ` ${t("latestPartial", { period: formatPeriod(words, partial.period), value: usd(partial.value) })}` : null}
      </p>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        <SourceLinks ids={[latest, ...(partial ? [partial] : [])].map((figure) => figure.source)} />
      </p>
    </Section>
  );
}
