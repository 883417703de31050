import type { Locale } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { OnboardingWizard } from "@/components/companies/onboarding/onboarding-wizard";
import { redirect } from "@/i18n/navigation";
import { getSession } from "@/server/session";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ company?: string; new?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "companies" });
  return { title: t("onboarding.title") };
}

export default async function OnboardingPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: "/onboarding" } }, locale });
  const t = await getTranslations({ locale, namespace: "companies" });
  const companyId = typeof query.company === "string" && /^[0-9a-f-]{36}$/i.test(query.company) ? query.company : null;
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("onboarding.title")}</h1>
      <OnboardingWizard locale={locale} initialCompanyId={companyId} startNew={query.new === "1"} />
    </div>
  );
}
