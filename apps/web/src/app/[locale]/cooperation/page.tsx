import { bilateralFigures, countries, figureByCode, labelOf, partnerCountryCodes, sectorByCode, type Locale } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FigureCard } from "../../../components/figure-card";
import { api } from "../../../trpc/server";

// Live numbers come from the database on every request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "cooperation" });
  return { title: t("title") };
}

function CountTable({ title, rows, empty, headers, testId }: { title: string; rows: { label: string; total: number }[]; empty: string; headers: [string, string]; testId: string }) {
  return (
    <section aria-label={title} className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900" data-testid={testId}>
      <h3 className="font-semibold">{title}</h3>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead><tr><th className="p-1">{headers[0]}</th><th className="p-1 text-right">{headers[1]}</th></tr></thead>
          <tbody>{rows.map((row) => <tr key={row.label} className="border-t border-slate-100 dark:border-slate-800"><td className="p-1">{row.label}</td><td className="p-1 text-right font-medium">{row.total}</td></tr>)}</tbody>
        </table>
      )}
    </section>
  );
}

/** The bilateral figures with their sources, next to Karvon's own live numbers. */
export default async function CooperationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const live = await (await api()).cooperation.live({});
  const turnover = figureByCode("trade-turnover-2023");
  const target = figureByCode("trade-turnover-target");
  const share = turnover && target ? Math.round((turnover.value / target.value) * 100) : 0;
  const sectorName = (code: string) => {
    const sector = sectorByCode(code);
    return sector ? labelOf(sector, locale) : code;
  };
  const bySector = new Map<string, number>();
  for (const row of live.companiesBySector) bySector.set(row.key, (bySector.get(row.key) ?? 0) + row.total);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-400">{t("subtitle")}</p>

      {turnover && target ? (
        <section aria-labelledby="target-title" className="mt-8 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="target-title" className="font-semibold">{t("target")}</h2>
          <div className="mt-3 h-4 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={share} aria-label={t("target")}>
            <div className="h-full bg-brand-600" style={{ width: `${share}%` }} />
          </div>
          <p className="mt-2 text-sm">{t("targetProgress", { share })}</p>
        </section>
      ) : null}

      <section aria-labelledby="live-title" className="mt-10">
        <h2 id="live-title" className="text-xl font-semibold">{t("live")}</h2>
        <div className="mt-4 grid gap-4 md:grid-cols-3">
          <CountTable
            testId="live-by-country"
            title={t("companiesByCountry")}
            headers={[t("country"), t("count")]}
            empty={t("none")}
            rows={partnerCountryCodes.map((code) => {
              const country = countries.find((c) => c.code === code);
              return { label: country ? labelOf(country, locale) : code, total: live.companiesByCountry[code] ?? 0 };
            })}
          />
          <CountTable testId="live-by-sector" title={t("companiesBySector")} headers={[t("sector"), t("count")]} empty={t("none")} rows={[...bySector].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([code, total]) => ({ label: sectorName(code), total }))} />
          <CountTable testId="live-open-requests" title={t("openRequests")} headers={[t("sector"), t("count")]} empty={t("none")} rows={live.openRequests.slice(0, 12).map((row) => ({ label: sectorName(row.key), total: row.total }))} />
        </div>
      </section>

      <section aria-labelledby="figures-title" className="mt-10">
        <h2 id="figures-title" className="text-xl font-semibold">{t("figures")}</h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {bilateralFigures.map((figure) => <FigureCard key={figure.code} figure={figure} locale={locale} />)}
        </div>
      </section>
    </div>
  );
}
