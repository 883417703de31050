import { labelOf, sources, type BilateralFigure, type Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { formatFigureNumber } from "../lib/format-figure";

/** One bilateral figure with its unit, date and source. */
export async function FigureCard({ figure, locale }: { figure: BilateralFigure; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "home" });
  const source = sources[figure.source as keyof typeof sources];
  const number = formatFigureNumber(figure, locale);
  const value = figure.unit === "USD" || figure.unit === "percent" ? number : t(`units.${figure.unit}`, { value: number });
  return (
    <figure className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="text-3xl font-bold tracking-tight text-brand-700 dark:text-brand-100">{value}</div>
      <figcaption className="mt-2 flex flex-1 flex-col gap-2 text-sm">
        <span>{labelOf(figure, locale)}</span>
        <cite className="mt-auto text-xs not-italic text-slate-600 dark:text-slate-400">
          {t("source", { title: source?.title ?? figure.source, asOf: figure.asOf })}
        </cite>
      </figcaption>
    </figure>
  );
}
