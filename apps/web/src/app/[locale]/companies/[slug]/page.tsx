import { localizedTextOf, type Locale } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CompanyListingsSlot } from "@/components/companies/company-listings-slot";
import { CompanyProfileView } from "@/components/companies/company-profile-view";
import { CompanyContactDetails } from "@/components/contact/company-contact-details";
import { ExpressInterestSlot } from "@/components/contact/express-interest-slot";
import { ResponseStats } from "@/components/contact/response-stats";
import { api } from "@/trpc/server";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Published profiles change on approval: always read the current one.
export const dynamic = "force-dynamic";

/** The public profile, or null for NOT_FOUND (unpublished for this visitor, suspended, or unknown). */
const loadCompany = cache(async (slug: string) => {
  try {
    return await (await api()).company.bySlug({ slug });
  } catch (error) {
    if ((error as { code?: string }).code === "NOT_FOUND" || (error as { code?: string }).code === "BAD_REQUEST") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const company = await loadCompany(slug);
  if (!company) return {};
  const description = localizedTextOf(company.description, locale).slice(0, 200);
  return {
    title: company.legalName,
    description,
    // The preview image comes from opengraph-image.tsx beside this page (published profiles only).
    openGraph: { title: company.legalName, description, type: "profile", siteName: "Karvon" },
    robots: company.preview ? { index: false, follow: false } : undefined,
  };
}

export default async function CompanyPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const company = await loadCompany(slug);
  if (!company) notFound();
  const t = await getTranslations({ locale, namespace: "companies.profile" });
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-8 px-4 py-10">
      {company.preview ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" data-testid="preview-banner">
          {t("previewBanner")}
        </p>
      ) : null}
      <CompanyProfileView company={company} locale={locale} />
      {company.preview ? null : (
        <div className="grid gap-4 md:grid-cols-2">
          <div className="flex flex-col gap-4">
            <CompanyContactDetails companyId={company.id} companyName={company.legalName} />
            <ResponseStats companyId={company.id} />
          </div>
          <ExpressInterestSlot companyId={company.id} companyName={company.legalName} locale={locale} />
        </div>
      )}
      <CompanyListingsSlot companyId={company.id} locale={locale} />
    </div>
  );
}
