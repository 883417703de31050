import { countries, labelOf, partnerCountryCodes, sectorByCode, type Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { api } from "@/trpc/server";
import { LocalizedChartTable } from "../charts/localized-chart-table";

/** Karvon's live counts: companies per country and sector, open requests per sector. */
export async function LiveCharts({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const formatDate = await getDateFormat(locale);
  const live = await (await api()).cooperation.live({});
  const caption = t("karvonAsOf", { date: formatDate(new Date(), "date") });
  const sectorName = (code: string) => {
    const sector = sectorByCode(code);
    return sector ? labelOf(sector, locale) : code;
  };
  const bySector = new Map<string, number>();
  for (const row of live.companiesBySector) bySector.set(row.key, (bySector.get(row.key) ?? 0) + row.total);
  const count = [{ key: "total", label: t("count") }];
  const charts = [
    {
      id: "live-by-country",
      title: t("companiesByCountry"),
      label: t("country"),
      rows: partnerCountryCodes.map((code) => {
        const country = countries.find((c) => c.code === code);
        return { label: country ? labelOf(country, locale) : code, values: { total: live.companiesByCountry[code] ?? 0 } };
      }),
    },
    {
      id: "live-by-sector",
      title: t("companiesBySector"),
      label: t("sector"),
      rows: [...bySector].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([code, total]) => ({ label: sectorName(code), values: { total } })),
    },
    {
      id: "live-open-requests",
      title: t("openRequests"),
      label: t("sector"),
      rows: live.openRequests.slice(0, 12).map((row) => ({ label: sectorName(row.key), values: { total: row.total } })),
    },
  ];
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {charts.map((chart) => (
        <LocalizedChartTable key={chart.id} locale={locale} id={chart.id} title={chart.title} headers={{ label: chart.label }} series={count} caption={caption} rows={chart.rows} />
      ))}
    </div>
  );
}
