import { isLocale } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccount } from "@/components/account/delete-account";
import { ExportData } from "@/components/account/export-data";
import { ProfileForm } from "@/components/account/profile-form";
import { SavedSearches } from "@/components/account/saved-searches";
import { AccountSection } from "@/components/account/section";
import { SessionsList } from "@/components/account/sessions-list";
import { redirect } from "@/i18n/navigation";
import { getSession } from "@/server/session";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("title") };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: "/account" } }, locale });
  const t = await getTranslations({ locale, namespace: "account" });
  const { user } = session;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700 dark:text-slate-300" data-testid="account-email">
          {user.email}
        </p>
      </div>
      <AccountSection id="profile" title={t("profile.title")}>
        <ProfileForm name={user.name} locale={isLocale(user.locale) ? user.locale : "en"} />
      </AccountSection>
      <AccountSection id="password" title={t("password.title")}>
        <ChangePasswordForm />
      </AccountSection>
      <AccountSection id="sessions" title={t("sessions.title")}>
        <SessionsList currentSessionId={session.session.id} />
      </AccountSection>
      <AccountSection id="saved-searches" title={t("savedSearches.title")}>
        <SavedSearches />
      </AccountSection>
      <AccountSection id="export" title={t("export.title")}>
        <ExportData />
      </AccountSection>
      <AccountSection id="delete" title={t("delete.title")}>
        <DeleteAccount email={user.email} />
      </AccountSection>
    </div>
  );
}
