import type { Locale } from "@karvon/data";
import { getFormatter } from "next-intl/server";
import type { ComponentProps } from "react";
import { ChartTable, type AxisTicks, type ChartRow, type ValueFormat } from "./chart-table";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** About four round steps from zero to the largest value: 1, 2, 2.5 or 5 times a power of ten (whole for counts). */
export function axisTickValues(max: number, whole: boolean): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const factors = whole ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const round = (factors.find((factor) => factor * magnitude >= raw) ?? 10) * magnitude;
  const step = whole ? Math.max(1, Math.ceil(round)) : round;
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, index) => index * step);
}

function printers(format: Formatter, valueFormat: ValueFormat) {
  const full = (value: number) =>
    valueFormat === "usd" ? format.number(value, { style: "currency", currency: "USD", maximumFractionDigits: 0 }) : format.number(value, { maximumFractionDigits: valueFormat === "decimal" ? 1 : 0 });
  const short = (value: number) =>
    valueFormat === "usd" ? format.number(value, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }) : format.number(value, { notation: "compact", maximumFractionDigits: 1 });
  return { full, short };
}

/**
 * ChartTable for server pages: every number of the table, the tooltips and the value axis printed here, in the
 * reader's locale (Node carries every locale's number data; a browser may not).
 */
export async function LocalizedChartTable({ locale, ...props }: ComponentProps<typeof ChartTable> & { locale: Locale }) {
  const format = await getFormatter({ locale });
  const { full, short } = printers(format, props.format ?? "count");
  const rows: ChartRow[] = props.rows.map((row) => ({
    ...row,
    display: Object.fromEntries(Object.entries(row.values).flatMap(([key, value]) => (value === null ? [] : [[key, full(value)]]))),
  }));
  const largest = Math.max(0, props.target?.value ?? 0, ...props.rows.flatMap((row) => Object.values(row.values).filter((value): value is number => value !== null)));
  const values = axisTickValues(largest, props.format !== "usd" && props.format !== "decimal");
  const ticks: AxisTicks = { values, labels: values.map(short) };
  return <ChartTable {...props} rows={rows} ticks={ticks} />;
}
