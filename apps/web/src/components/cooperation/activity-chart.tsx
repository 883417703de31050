import type { Locale } from "@karvon/data";
import { getFormatter, getTranslations } from "next-intl/server";
import { api } from "@/trpc/server";
import { ChartTable } from "../charts/chart-table";

/** The platform's own activity per month: companies, listings, contact requests and accepted contacts. */
export async function ActivityChart({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const format = await getFormatter({ locale });
  const activity = await (await api()).cooperation.activity({});
  const month = (value: string) => format.dateTime(new Date(`${value}-01T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
  const first = activity[0]?.month;
  const last = activity.at(-1)?.month;
  return (
    <ChartTable
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
          {first && last ? t("captionPeriod", { period: format.dateTimeRange(new Date(`${first}-01T00:00:00Z`), new Date(`${last}-01T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" }) }) : null}
        </>
      }
    />
  );
}
