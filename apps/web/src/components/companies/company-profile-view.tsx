import { locales, localeNames, type Locale, type PublicCompany } from "@karvon/data";
import { useTranslations } from "next-intl";
import {
  countryOptions,
  districtOptions,
  economicZoneOptions,
  hsChapterOptions,
  labelIn,
  languageOptions,
  regionOptions,
  sectorOptions,
  sizeBandOptions,
} from "./code-options";
import { RegionMap } from "./region-map";
import { VerificationBadge } from "./verification-badge";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { textLinkClasses } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

function Chips({ items }: { items: string[] }) {
  if (items.length === 0) return <span className="text-slate-600">—</span>;
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item} className="rounded-full bg-sand-100 px-3 py-1 text-sm dark:bg-slate-800">
          {item}
        </li>
      ))}
    </ul>
  );
}

/**
 * A company profile exactly as the public sees it (the company page, and the review step of the onboarding,
 * which shows what will become public). Contact e-mail and phone are not part of `PublicCompany`.
 */
export function CompanyProfileView({ company, locale }: { company: PublicCompany; locale: Locale }) {
  const t = useTranslations("companies.profile");
  const formatDate = useDateFormat();
  const country = company.country === "AZ" ? "AZ" : "UZ";
  const countries = countryOptions(locale);
  const place = [
    company.city,
    company.district ? labelIn(districtOptions(company.region ?? "", locale), company.district) : null,
    labelIn(regionOptions(country, locale), company.region),
    labelIn(countries, company.country),
  ].filter((part): part is string => !!part);
  const descriptions = locales.filter((language) => company.description[language]);
  const ownLanguageFirst = [...descriptions].sort((a, b) => (a === locale ? -1 : b === locale ? 1 : 0));

  return (
    <article className="flex flex-col gap-8" data-testid="company-profile">
      <header className="flex flex-wrap items-start gap-5">
        <div className="grid size-24 shrink-0 place-items-center overflow-hidden rounded-xl border border-slate-200 bg-white dark:border-slate-700">
          {company.hasLogo ? (
            <img src={`/api/logos/${company.id}`} alt={t("logoOf", { name: company.legalName })} className="max-h-full max-w-full object-contain" />
          ) : (
            <span aria-hidden="true" className="text-3xl font-bold text-brand-600">
              {company.legalName.slice(0, 1)}
            </span>
          )}
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          <h1 className="text-2xl font-bold sm:text-3xl" data-testid="company-name">
            {company.legalName}
          </h1>
          <p className="text-slate-700 dark:text-slate-300">{place.join(", ")}</p>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <VerificationBadge level={company.verificationLevel} />
            {company.memberSince ? (
              <span className="text-slate-600 dark:text-slate-400">
                {t("memberSince", { date: formatDate(company.memberSince, "monthYear"), month: formatDate(company.memberSince, "monthNumber"), year: formatDate(company.memberSince, "year") })}
              </span>
            ) : null}
          </div>
        </div>
      </header>

      <Section titleId="about-title" title={t("about")} titleClassName="text-lg font-semibold" className="flex flex-col gap-3">
        {ownLanguageFirst.map((language) => (
          <div key={language} lang={language}>
            {ownLanguageFirst.length > 1 ? <p className="text-xs font-medium uppercase text-slate-600">{localeNames[language]}</p> : null}
            <p className="whitespace-pre-line">{company.description[language]}</p>
          </div>
        ))}
      </Section>

      <div className="grid gap-8 lg:grid-cols-[1fr_auto]">
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("sectors")}</dt>
            <dd className="mt-1"><Chips items={company.sectors.map((code) => labelIn(sectorOptions(locale), code).split(" · ")[0] ?? code)} /></dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("products")}</dt>
            <dd className="mt-1"><Chips items={company.hsChapters.map((code) => labelIn(hsChapterOptions(locale), code))} /></dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("exportsTo")}</dt>
            <dd className="mt-1"><Chips items={company.exportsTo.map((code) => labelIn(countries, code))} /></dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("importsFrom")}</dt>
            <dd className="mt-1"><Chips items={company.importsFrom.map((code) => labelIn(countries, code))} /></dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("founded")}</dt>
            <dd>{company.foundedYear ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("size")}</dt>
            <dd>{labelIn(sizeBandOptions(locale), company.sizeBand) || "—"}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("languages")}</dt>
            <dd>{company.languages.map((code) => labelIn(languageOptions(locale), code)).join(", ") || "—"}</dd>
          </div>
          {company.economicZone ? (
            <div>
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("economicZone")}</dt>
              <dd>{labelIn(economicZoneOptions(country, locale), company.economicZone)}</dd>
            </div>
          ) : null}
          {company.website ? (
            <div>
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("website")}</dt>
              <dd>
                <a href={company.website} rel="noopener noreferrer nofollow" target="_blank" className={textLinkClasses}>
                  {company.website.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("taxId")}</dt>
            <dd>{company.taxId}</dd>
          </div>
          {company.contactPerson.name ? (
            <div>
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("contactPerson")}</dt>
              <dd>
                {company.contactPerson.name}
                {company.contactPerson.position ? `, ${company.contactPerson.position}` : ""}
              </dd>
              <dd className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("contactHidden")}</dd>
            </div>
          ) : null}
        </dl>
        <RegionMap
          region={company.region}
          locale={locale}
          labels={{ uz: labelIn(countries, "UZ"), az: labelIn(countries, "AZ"), caspian: t("caspian"), title: t("mapTitle") }}
        />
      </div>
    </article>
  );
}
