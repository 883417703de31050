"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { toCsv } from "../../lib/csv";

export type ChartRow = { label: string; group?: string; values: Record<string, number | null> };

function downloadCsv(filename: string, columns: string[], rows: unknown[][]) {
  const url = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

const palette = ["#0f766e", "#d97706", "#4f46e5", "#be123c"];

/** One dashboard figure: a bar chart, the table behind it, and its CSV. */
export function ChartTable({ id, title, rows, series, extra }: { id: string; title: string; rows: ChartRow[]; series: { key: string; label: string }[]; extra?: ReactNode }) {
  const t = useTranslations("moderation.analytics");
  const hasGroup = rows.some((row) => row.group !== undefined);
  const columns = [t("key"), ...(hasGroup ? [t("group")] : []), ...series.map((s) => s.label)];
  const tableRows = rows.map((row) => [row.label, ...(hasGroup ? [row.group ?? ""] : []), ...series.map((s) => row.values[s.key] ?? null)]);
  const chartData = rows.map((row) => ({ name: row.group ? `${row.label} · ${row.group}` : row.label, ...row.values }));
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid={`chart-${id}`}>
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="font-semibold">{title}</h2>
        <button type="button" onClick={() => downloadCsv(`karvon-${id}.csv`, columns, tableRows)} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm dark:border-slate-700">{t("csv")}</button>
      </div>
      {extra}
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <>
          <div className="mt-3 h-56" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={chartData.slice(0, 20)}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} angle={-20} textAnchor="end" height={50} />
                <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
                <Tooltip />
                {series.map((s, index) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={palette[index % palette.length]} />)}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="mt-3 w-full text-left text-sm">
            <thead><tr>{columns.map((column) => <th key={column} className="p-1">{column}</th>)}</tr></thead>
            <tbody>
              {tableRows.map((row, index) => <tr key={index} className="border-t border-slate-100 dark:border-slate-800">{row.map((cell, i) => <td key={i} className="p-1">{cell === null ? "—" : String(cell)}</td>)}</tr>)}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
