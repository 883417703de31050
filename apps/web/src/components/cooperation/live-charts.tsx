import { countries, labelOf, partnerCountryCodes, sectorByCode, type Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { api } from "@/trpc/server";
import { ChartTable } from "../charts/chart-table";

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
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <ChartTable
        id="live-by-country"
        title={t("companiesByCountry")}
        headers={{ label: t("country") }}
        series={count}
        caption={caption}
        rows={partnerCountryCodes.map((code) => {
          const country = countries.find((c) => c.code === code);
          return { label: country ? labelOf(country, locale) : code, values: { total: live.companiesByCountry[code] ?? 0 } };
        })}
      />
      <ChartTable
        id="live-by-sector"
        title={t("companiesBySector")}
        headers={{ label: t("sector") }}
        series={count}
        caption={caption}
        rows={[...bySector].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([code, total]) => ({ label: sectorName(code), values: { total } }))}
      />
      <ChartTable
        id="live-open-requests"
        title={t("openRequests")}
        headers={{ label: t("sector") }}
        series={count}
        caption={caption}
        rows={live.openRequests.slice(0, 12).map((row) => ({ label: sectorName(row.key), values: { total: row.total } }))}
      />
    </div>
  );
}
