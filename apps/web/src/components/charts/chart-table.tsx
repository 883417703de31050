"use client";

import dynamic from "next/dynamic";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { toCsv } from "@/lib/csv";
import type { PlotSeries, PlotTarget } from "./chart-plot";
import { Button } from "@/components/ui/button";

// recharts is large: it loads only on pages that draw a chart, after the table (which carries the numbers).
const ChartPlot = dynamic(() => import("./chart-plot").then((module) => module.ChartPlot), {
  ssr: false,
  loading: () => null,
});

/** `display`: the values as the reader's locale writes them, formatted on the server (LocalizedChartTable). */
export type ChartRow = { label: string; group?: string; values: Record<string, number | null>; display?: Record<string, string>; texts?: Record<string, string> };
/** The value axis's marks and their printed labels, computed on the server (LocalizedChartTable). */
export type AxisTicks = { values: number[]; labels: string[] };
export type ValueFormat = "count" | "usd" | "decimal";

function downloadCsv(filename: string, columns: string[], rows: unknown[][]) {
  // Dates keep their words together on screen with no-break spaces; a spreadsheet wants plain ones.
  const plain = rows.map((row) => row.map((cell) => (typeof cell === "string" ? cell.replace(/\u00a0/g, " ") : cell)));
  const url = URL.createObjectURL(new Blob([toCsv(columns, plain)], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * One dashboard figure: the chart, the table behind it (for screen readers and copying), its CSV and, when given,
 * its source and period. Numbers are formatted in the reader's locale; the CSV keeps them raw. Browsers lack the
 * number data of some locales (Chromium prints Azerbaijani numbers as English), so server pages pass the printed
 * numbers in (`display`, `ticks`: LocalizedChartTable); the browser formats only where none are given.
 */
export function ChartTable({
  id,
  title,
  rows,
  series,
  headers,
  textColumns = [],
  kind = "bar",
  format = "count",
  target,
  caption,
  extra,
  ticks,
}: {
  id: string;
  title: string;
  rows: ChartRow[];
  series: PlotSeries[];
  /** Headers of the label column and, when rows have groups, of the group column. */
  headers: { label: string; group?: string };
  /** Text columns after the numbers (a period, a source), shown in the table and the CSV only. */
  textColumns?: { key: string; label: string }[];
  kind?: "bar" | "line";
  format?: ValueFormat;
  target?: PlotTarget;
  /** Source and period, shown under the title. */
  caption?: ReactNode;
  extra?: ReactNode;
  ticks?: AxisTicks;
}) {
  const t = useTranslations("common.charts");
  const formatter = useFormatter();
  const formatFull = (value: number) =>
    format === "usd" ? formatter.number(value, { style: "currency", currency: "USD", maximumFractionDigits: 0 }) : formatter.number(value, { maximumFractionDigits: format === "decimal" ? 1 : 0 });
  const formatShort = (value: number) =>
    format === "usd" ? formatter.number(value, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }) : formatter.number(value, { notation: "compact", maximumFractionDigits: 1 });
  const tickLabels = new Map(ticks?.values.map((value, index) => [value, ticks.labels[index] ?? ""]));
  const formatTick = (value: number) => tickLabels.get(value) ?? formatShort(value);
  const hasGroup = rows.some((row) => row.group !== undefined);
  const columns = [headers.label, ...(hasGroup ? [headers.group ?? ""] : []), ...series.map((s) => s.label), ...textColumns.map((c) => c.label)];
  const rawRows = rows.map((row) => [row.label, ...(hasGroup ? [row.group ?? ""] : []), ...series.map((s) => row.values[s.key] ?? null), ...textColumns.map((c) => row.texts?.[c.key] ?? "")]);
  const chartData = rows.map((row) => ({ name: row.group ? `${row.label} · ${row.group}` : row.label, ...row.values, display: row.display }));
  const displayRows = rows.map((row) => [...(hasGroup ? [undefined] : []), ...series.map((s) => row.display?.[s.key])]);
  const firstNumber = 1 + (hasGroup ? 1 : 0);
  const lastNumber = firstNumber + series.length;
  return (
    <section aria-labelledby={`${id}-title`} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid={`chart-${id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-title`} className="min-w-0 font-semibold">{title}</h2>
        <Button onClick={() => downloadCsv(`karvon-${id}.csv`, columns, rawRows)} variant="secondary" size="sm" className="shrink-0">{t("csv")}</Button>
      </div>
      {caption ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="chart-source">{caption}</p> : null}
      {extra}
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <>
          <div className="mt-3 h-56" aria-hidden="true">
            <ChartPlot kind={kind} data={chartData.slice(0, 24)} series={series} target={target} formatValue={formatShort} ticks={ticks?.values} formatTick={formatTick} />
          </div>
          <div className="mt-3 overflow-x-auto" role="region" aria-label={t("table", { title })} tabIndex={0}>
            {/* Headers wrap between words, never inside one (the page lets typed text break anywhere). */}
            <table className="w-full text-left text-sm [overflow-wrap:normal]" data-testid="chart-table">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  {columns.map((column, index) => (
                    <th key={column} scope="col" className={`p-1 align-bottom ${index >= firstNumber && index < lastNumber ? "text-right" : ""}`}>{column}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rawRows.map((row, rowIndex) => (
                  <tr key={rowIndex} className="border-t border-slate-100 dark:border-slate-800">
                    {row.map((cell, index) => {
                      const numeric = index >= firstNumber && index < lastNumber;
                      const shown = index >= firstNumber && index < lastNumber ? displayRows[rowIndex]?.[index - 1] : undefined;
                      const text = cell === null || cell === "" ? "—" : (shown ?? (typeof cell === "number" ? formatFull(cell) : String(cell)));
                      return index === 0 ? (
                        <th key={index} scope="row" className="p-1 font-normal">{text}</th>
                      ) : (
                        <td key={index} className={`p-1 ${numeric ? "whitespace-nowrap text-right tabular-nums" : ""}`}>{text}</td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
