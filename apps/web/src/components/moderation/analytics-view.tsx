"use client";

import { byCode, countryByCode, labelOf, moderationReasons, regionByCode, sectorByCode, type Locale } from "@karvon/data";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/client";
import { ChartTable } from "../charts/chart-table";

const periodDays = 90;

/** The admin dashboard: statuses, places, sectors, decision times, reasons, contact and unmet searches. */
export function AnalyticsView() {
  const t = useTranslations("moderation");
  const locale = useLocale() as Locale;
  const trpc = useTRPC();
  const overview = useQuery(trpc.moderation.analytics.overview.queryOptions({ days: periodDays }));
  if (!overview.data) return <p>{t("common.loading")}</p>;
  const data = overview.data;
  const total = { key: "total", label: t("analytics.total") };
  const headers = { label: t("analytics.key"), group: t("analytics.group") };
  const status = (key: string) => (t.has(`status.${key}`) ? t(`status.${key}` as "status.draft") : key);
  const country = (code: string) => {
    const record = countryByCode(code);
    return record ? labelOf(record, locale) : code;
  };
  const label = <T extends { labels: Record<Locale, string> }>(record: T | undefined, code: string) => (record ? labelOf(record, locale) : code || "—");

  return (
    <section aria-labelledby="analytics-title" className="space-y-6">
      <div>
        <h1 id="analytics-title" className="text-2xl font-semibold">{t("analytics.title")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("analytics.period", { days: periodDays })}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartTable headers={headers} id="companies" title={t("analytics.companies")} series={[total]} rows={data.companies.map((row) => ({ label: status(row.key), values: { total: row.total } }))} />
        <ChartTable headers={headers} id="listings" title={t("analytics.listings")} series={[total]} rows={data.listings.map((row) => ({ label: status(row.key), group: row.group, values: { total: row.total } }))} />
        <ChartTable headers={headers} id="regions" title={t("analytics.regions")} series={[total]} rows={data.regions.map((row) => ({ label: label(regionByCode(row.key), row.key), group: country(row.group), values: { total: row.total } }))} />
        <ChartTable headers={headers} id="sectors" title={t("analytics.sectors")} series={[total]} rows={data.sectors.map((row) => ({ label: label(sectorByCode(row.key), row.key), group: country(row.group), values: { total: row.total } }))} />
        <ChartTable
          headers={headers}
          format="decimal"
          id="timings"
          title={t("analytics.timings")}
          series={[{ key: "median", label: t("analytics.median") }, { key: "p90", label: t("analytics.p90") }, { key: "decisions", label: t("analytics.decisions") }]}
          rows={data.timings.map((row) => ({ label: t(`reports.target.${row.itemType as "company"}`), values: { median: row.medianHours, p90: row.p90Hours, decisions: row.decisions } }))}
        />
        <ChartTable headers={headers} id="reasons" title={t("analytics.reasons")} series={[total]} rows={data.reasons.map((row) => ({ label: row.key === "none" ? "—" : label(byCode(moderationReasons, row.key), row.key), group: t(`review.decision.${row.group as "approve"}`), values: { total: row.total } }))} />
        <ChartTable headers={headers} id="contacts" title={t("analytics.contacts")} series={[total]} rows={[{ label: t("analytics.sent"), values: { total: data.contacts.sent } }, { label: t("analytics.accepted"), values: { total: data.contacts.accepted } }]} />
        <ChartTable headers={headers} id="no-results" title={t("analytics.noResults")} series={[total]} rows={data.noResults.map((row) => ({ label: row.key, values: { total: row.total } }))} />
      </div>
    </section>
  );
}
