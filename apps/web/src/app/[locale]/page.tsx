import { bilateralFigures, countries, labelOf, partnerCountryCodes } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { FigureCard } from "@/components/figure-card";
import { resolveLocale } from "@/i18n/locale-param";
import { Link } from "@/i18n/navigation";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";
import { Section } from "@/components/ui/section";

// Live numbers come from the database on every request.
export const dynamic = "force-dynamic";

/** The figures the home page leads with; the rest are on the cooperation page. */
const headlineFigureCodes = [
  "trade-turnover-2023",
  "trade-turnover-target",
  "bilateral-agreements",
  "az-capital-companies-in-uz",
  "uz-companies-in-az",
  "joint-investment-fund",
];

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const caller = await api();
  const companiesByCountry = await caller.stats.companiesByCountry();
  // "List your company": a newcomer signs up; a signed-in person continues where they stand.
  const session = await getSession(await headers());
  const listCompanyHref = session === null || session.user.banned ? "/sign-up" : (await caller.company.mine()).length > 0 ? "/dashboard" : "/onboarding";
  const headline = bilateralFigures.filter((figure) => headlineFigureCodes.includes(figure.code));
  const figures = headline.length > 0 ? headline : bilateralFigures.slice(0, 6);

  return (
    <>
      <section className="bg-gradient-to-br from-brand-700 via-brand-600 to-brand-900 text-white">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:py-20">
          <h1 className="max-w-3xl text-3xl font-bold leading-tight sm:text-5xl">{t("hero.title")}</h1>
          <p className="mt-4 max-w-2xl text-lg text-brand-50">{t("hero.subtitle")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href="/search"
              className="inline-flex min-h-11 items-center rounded-lg bg-white px-5 font-semibold text-brand-700 shadow hover:bg-brand-50"
            >
              {t("hero.findPartners")}
            </Link>
            <Link
              href={listCompanyHref}
              data-testid="list-company"
              className="inline-flex min-h-11 items-center rounded-lg border border-white/70 px-5 font-semibold text-white hover:bg-white/10"
            >
              {t("hero.listCompany")}
            </Link>
          </div>
        </div>
      </section>

      <Section titleId="live-title" title={t("live.title")} className="mx-auto max-w-6xl px-4 py-10">
        <dl className="mt-4 grid gap-4 sm:grid-cols-2">
          {partnerCountryCodes.map((code) => {
            const country = countries.find((c) => c.code === code);
            return (
              <div
                key={code}
                data-testid={`live-companies-${code}`}
                className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
              >
                <dt className="text-sm text-slate-600 dark:text-slate-400">
                  {t("live.companiesIn", { country: country ? labelOf(country, locale) : code })}
                </dt>
                <dd className="mt-1 text-3xl font-bold">{new Intl.NumberFormat(locale).format(companiesByCountry[code] ?? 0)}</dd>
              </div>
            );
          })}
        </dl>
      </Section>

      <Section titleId="figures-title" title={t("figures.title")} className="mx-auto max-w-6xl px-4 pb-14">
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("figures.subtitle")}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {figures.map((figure) => (
            <FigureCard key={figure.code} figure={figure} locale={locale} />
          ))}
        </div>
      </Section>
    </>
  );
}
