import { adviserPortfolioInputSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdviserPortfolio } from "@/components/advisers/portfolio";
import { AdviserRegisterForm } from "@/components/advisers/register-form";
import { AdviserTeamPanel } from "@/components/advisers/team-panel";
import { FormAlert } from "@/components/forms/form-alert";
import { Section } from "@/components/ui/section";
import { resolveLocale } from "@/i18n/locale-param";
import { redirect } from "@/i18n/navigation";
import { getStaffAccess } from "@/server/staff";
import { api } from "@/trpc/server";

// Depends on who asks.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "advisers" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The page of an organisation of advisers: the application form for a person who acts for none, the state of a
 * pending or rejected application, and once approved the portfolio of the companies it brought and its advisers.
 */
export default async function AdvisersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const access = await getStaffAccess();
  if (access.session === null) return redirect({ href: { pathname: "/sign-in", query: { next: "/advisers" } }, locale });
  const t = await getTranslations({ locale, namespace: "advisers" });
  const organization = await (await api()).advisers.mine();
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-4 px-4 py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {organization === null ? (
        <Section titleId="adviser-register-title" title={t("register.title")} className="mt-2">
          <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("register.intro")}</p>
          <AdviserRegisterForm />
        </Section>
      ) : null}
      {organization?.status === "pending" ? <FormAlert tone="info">{t("status.pending", { name: organization.name })}</FormAlert> : null}
      {organization?.status === "rejected" ? (
        <Section titleId="adviser-rejected-title" title={t("status.rejectedTitle")} className="rounded-xl border border-red-300 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950">
          <p className="mt-1">{t("status.rejected", { name: organization.name })}</p>
          {organization.decisionReason !== null ? (
            <p className="mt-2 break-words">
              <span className="font-medium">{t("status.reason")}:</span> {organization.decisionReason}
            </p>
          ) : null}
          <p className="mt-2 text-sm">{t("status.rejectedNext")}</p>
        </Section>
      ) : null}
      {organization?.status === "approved" ? (
        <>
          <AdviserPortfolio locale={locale} organizationName={organization.name} page={adviserPortfolioInputSchema.safeParse({ page: (await searchParams).page }).data?.page ?? 1} />
          <Section titleId="adviser-team-title" title={t("team.title", { name: organization.name })} className="mt-6 flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <AdviserTeamPanel />
          </Section>
        </>
      ) : null}
    </div>
  );
}
