import { uuidSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { AdviserActivityList } from "@/components/advisers/activity-list";
import { TextLink } from "@/components/ui/button";
import { redirect } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/locale-param";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";

type Props = { params: Promise<{ locale: string; companyId: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "advisers.companyCard" });
  return { title: t("pageTitle"), robots: { index: false } };
}

/**
 * For the members of a company an organisation of advisers brought: what the organisation did in the company's
 * name, the same list its contact person reads by the consent link. Anybody else finds nothing here.
 */
export default async function CompanyAdviserActivityPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { companyId } = await params;
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: `/dashboard/adviser/${companyId}` } }, locale });
  if (!uuidSchema.safeParse(companyId).success) notFound();
  const activity = await (await api()).advisers.companyActivity({ companyId }).catch(() => null);
  if (activity === null) notFound();
  const t = await getTranslations({ locale, namespace: "advisers.companyCard" });
  const format = await getDateFormat(locale);
  const state = activity.status === "withdrawn" ? { date: format(activity.withdrawnAt ?? activity.since, "date") } : { date: format(activity.since, "date") };
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10">
      <TextLink href="/dashboard" className="w-fit text-sm">
        {t("back")}
      </TextLink>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("supportedBy", { organization: activity.organizationName })}</h1>
        <p data-testid="company-adviser-state">{t(`state.${activity.status}`, state)}</p>
      </header>
      <AdviserActivityList activity={activity} locale={locale} />
    </div>
  );
}
