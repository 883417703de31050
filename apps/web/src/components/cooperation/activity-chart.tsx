import type { Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { getDateWords } from "@/lib/dates/get-date-format";
import { formatDate, formatMonthRange } from "@/lib/dates/format-date";
import { api } from "@/trpc/server";
import { LocalizedChartTable } from "../charts/localized-chart-table";

/** The platform's own activity per month: companies, listings, contact requests and accepted contacts. */
export async function ActivityChart({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const words = await getDateWords(locale);
  const activity = await (await api()).cooperation.activity({});
  const month = (value: string) => formatDate(`${value}-01T00:00:00Z`, "monthYear", words, "UTC");
  const first = activity[0]?.month;
  const last = activity.at(-1)?.month;
  return (
    <LocalizedChartTable
          locale={locale}
      id="activity"
      kind="line"
      title={t("activityTitle")}
      headers={{ label: t("month") }}
      series={[
        { key: "companies", label: t("activityCompanies") },
        { key: "listings", label: t("activityListings") },
        { key: "contactRequests", label: t("activityRequests") },
        { key: "acceptedContacts", label: t("activityAccepted") },
      ]}
      rows={activity.map((row) => ({ label: month(row.month), values: { companies: row.companies, listings: row.listings, contactRequests: row.contactRequests, acceptedContacts: row.acceptedContacts } }))}
      caption={
        <>
          {t("karvonSource")}{" "}
          {first && last ? t("captionPeriod", { period: formatMonthRange(`${first}-01T00:00:00Z`, `${last}-01T00:00:00Z`, words, "UTC") }) : null}
        </>
      }
    />
  );
}
