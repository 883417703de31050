import { localeNames, locales } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompanyImportForm } from "@/components/bulk-import/company-import-form";
import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { TextLink, textLinkClasses } from "@/components/ui/button";
import { resolveLocale } from "@/i18n/locale-param";
import { redirect } from "@/i18n/navigation";
import { companyTemplateHref } from "@/lib/company-template";
import { getStaffAccess } from "@/server/staff";
import { api } from "@/trpc/server";
import { Section } from "@/components/ui/section";

// Depends on who asks.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "imports" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * Bulk import of companies from a CSV file, for staff and the advisers of an approved organisation (the server
 * checks again on every call). The file's companies go to review or wait for their consent, never straight out.
 */
export default async function ImportPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const access = await getStaffAccess();
  if (access.session === null) return redirect({ href: { pathname: "/sign-in", query: { next: "/import" } }, locale });
  const adviser = access.isStaff ? null : await (await api()).advisers.mine();
  if (!access.isStaff && adviser?.status !== "approved") return <ForbiddenPanel />;
  const t = await getTranslations({ locale, namespace: "imports" });
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col px-4 py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {adviser !== null ? (
        <p className="mt-2 text-sm">
          <TextLink href="/advisers">{t("toPortfolio", { name: adviser.name })}</TextLink>
        </p>
      ) : null}
      <Section titleId="templates-title" title={t("templates")} titleClassName="text-lg font-semibold" className="mt-6">
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("templatesHint")}</p>
        <ul className="mt-2 flex flex-wrap gap-4 text-sm">
          {locales.map((language) => (
            <li key={language}>
              <a href={companyTemplateHref(language)} download={`karvon-companies-${language}.csv`} className={textLinkClasses} lang={language}>
                {t("template", { language: localeNames[language] })}
              </a>
            </li>
          ))}
        </ul>
      </Section>
      <CompanyImportForm adviserName={adviser?.name ?? null} />
    </div>
  );
}
