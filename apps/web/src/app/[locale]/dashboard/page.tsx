import type { Locale } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { AdviserDashboardCard } from "@/components/advisers/dashboard-card";
import { ActingCompanySwitcher } from "@/components/companies/acting-company-switcher";
import { MyCompanies } from "@/components/companies/my-companies";
import { PartnersForYou } from "@/components/partners-for-you";
import { redirect } from "@/i18n/navigation";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";
import { ButtonLink } from "@/components/ui/button";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "companies" });
  return { title: t("dashboard.title") };
}

export default async function DashboardPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: "/dashboard" } }, locale });
  const t = await getTranslations({ locale, namespace: "companies" });
  // "Partners for you" are found for the company the person acts for, the one the switcher above names.
  const { actingCompanyId } = await (await api()).actingCompany.current();
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-10">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("dashboard.title")}</h1>
        <ButtonLink href={{ pathname: "/onboarding", query: { new: "1" } }} variant="secondary" size="sm">
          {t("dashboard.addCompany")}
        </ButtonLink>
      </div>
      <ActingCompanySwitcher />
      <MyCompanies locale={locale} myUserId={session.user.id} />
      <PartnersForYou locale={locale} companyId={actingCompanyId ?? undefined} />
      <AdviserDashboardCard locale={locale} />
    </div>
  );
}
