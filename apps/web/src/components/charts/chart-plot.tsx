"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type PlotSeries = { key: string; label: string };
export type PlotTarget = { value: number; label: string };

// Each colour keeps at least 4.5:1 against white, so labels drawn in it stay readable.
const palette = ["#0f766e", "#b45309", "#4f46e5", "#be123c"];

/**
 * The drawing of a chart (recharts), loaded on demand by `ChartTable`: the table beside it carries the same
 * numbers for screen readers, so the drawing is hidden from them — and recharts' keyboard layer is off, since a
 * focusable element inside a hidden one is unreachable for them.
 */
export function ChartPlot({
  kind,
  data,
  series,
  target,
  formatValue,
  ticks,
  formatTick = formatValue,
}: {
  kind: "bar" | "line";
  data: Record<string, string | number | null | Record<string, string> | undefined>[];
  series: PlotSeries[];
  target?: PlotTarget;
  formatValue: (value: number) => string;
  /** Marks of the value axis, when the server chose them (with their labels, printed by `formatTick`). */
  ticks?: number[];
  formatTick?: (value: number) => string;
}) {
  // A row's value as the server printed it, when it did (`display`), else formatted here.
  const tooltipFormatter = (value: unknown, _name: unknown, item: { dataKey?: unknown; payload?: { display?: Record<string, string> } }) =>
    item.payload?.display?.[String(item.dataKey)] ?? (typeof value === "number" ? formatValue(value) : String(value ?? "—"));
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="name" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
      <YAxis tick={{ fontSize: 11 }} width={72} tickFormatter={formatTick} ticks={ticks} allowDecimals={false} domain={ticks ? [0, ticks.at(-1) ?? "auto"] : target ? [0, (max: number) => Math.max(max, target.value)] : undefined} />
      <Tooltip formatter={tooltipFormatter} itemStyle={{ color: "#0f172a" }} labelStyle={{ color: "#0f172a" }} />
      {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
      {target ? <ReferenceLine y={target.value} stroke="#be123c" strokeDasharray="6 4" label={{ value: target.label, position: "insideTopLeft", fontSize: 11, fill: "#be123c" }} /> : null}
    </>
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      {kind === "line" ? (
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 8, left: 0, bottom: 0 }}>
          {axes}
          {series.map((s, index) => <Line key={s.key} dataKey={s.key} name={s.label} stroke={palette[index % palette.length]} strokeWidth={2} connectNulls isAnimationActive={false} />)}
        </LineChart>
      ) : (
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 8, left: 0, bottom: 0 }}>
          {axes}
          {series.map((s, index) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={palette[index % palette.length]} isAnimationActive={false} />)}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
