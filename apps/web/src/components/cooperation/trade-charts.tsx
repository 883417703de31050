import { figureByCode, tradeSeries, type Locale, type TradeFigure } from "@karvon/data";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatPeriod, sourceLabel, sourceOf } from "@/lib/trade-format";
import { ChartTable } from "../charts/chart-table";
import { SourceLinks } from "../charts/source-links";

function periodSpan(figures: TradeFigure[]) {
  return { from: figures[0]?.period.from ?? "", to: figures.at(-1)?.period.to ?? "" };
}

/** Turnover per year against the $1 billion target, and each direction where a source splits it. */
export async function TradeCharts({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const format = await getFormatter({ locale });
  const target = figureByCode("trade-turnover-target");
  const turnover = tradeSeries("turnover");
  const uzToAz = tradeSeries("uz-to-az");
  const azToUz = tradeSeries("az-to-uz");
  const usd = (value: number) => format.number(value, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });
  const sourceText = (figure: TradeFigure) => {
    const source = sourceOf(figure.source);
    return source ? sourceLabel(format, source) : figure.source;
  };
  const directionPeriods = [...new Map([...uzToAz, ...azToUz].map((figure) => [`${figure.period.from}/${figure.period.to}`, figure.period])).values()].sort((a, b) => a.from.localeCompare(b.from));
  const directionFigures = [...uzToAz, ...azToUz];

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartTable
        id="turnover"
        title={t("turnoverTitle")}
        format="usd"
        headers={{ label: t("period") }}
        series={[{ key: "turnover", label: t("turnoverSeries") }]}
        textColumns={[{ key: "share", label: t("shareColumn") }, { key: "source", label: t("sourceColumn") }]}
        target={target ? { value: target.value, label: t("targetLine", { value: usd(target.value) }) } : undefined}
        rows={turnover.map((figure) => ({
          label: formatPeriod(format, figure.period),
          values: { turnover: figure.value },
          texts: { share: target ? format.number(figure.value / target.value, { style: "percent", maximumFractionDigits: 1 }) : "", source: sourceText(figure) },
        }))}
        caption={
          <>
            {t("captionPeriod", { period: formatPeriod(format, periodSpan(turnover)) })} · <SourceLinks ids={turnover.map((figure) => figure.source)} /> · {t("missingYears")}
          </>
        }
      />
      <ChartTable
        id="directions"
        title={t("directionsTitle")}
        format="usd"
        headers={{ label: t("period") }}
        series={[{ key: "uzToAz", label: t("uzToAz") }, { key: "azToUz", label: t("azToUz") }]}
        textColumns={[{ key: "source", label: t("sourceColumn") }]}
        rows={directionPeriods.map((period) => {
          const of = (series: TradeFigure[]) => series.find((figure) => figure.period.from === period.from && figure.period.to === period.to);
          const first = of(uzToAz) ?? of(azToUz);
          return {
            label: formatPeriod(format, period),
            values: { uzToAz: of(uzToAz)?.value ?? null, azToUz: of(azToUz)?.value ?? null },
            texts: { source: first ? sourceText(first) : "" },
          };
        })}
        caption={
          <>
            {t("captionPeriod", { period: formatPeriod(format, periodSpan(directionFigures.sort((a, b) => a.period.from.localeCompare(b.period.from)))) })} ·{" "}
            <SourceLinks ids={directionFigures.map((figure) => figure.source)} /> · {t("directionsNote")}
          </>
        }
      />
    </div>
  );
}
