import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthNotice } from "@/components/auth/auth-notice";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { resolveLocale } from "@/i18n/locale-param";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("resetPassword.title") };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: "auth" });
  const tErrors = await getTranslations({ locale, namespace: "errors" });
  return (
    <AuthCard title={t("resetPassword.title")}>
      {typeof token === "string" && token.length > 0 ? (
        <ResetPasswordForm token={token} />
      ) : (
        <AuthNotice tone="error" message={tErrors("auth.invalidToken")} href="/forgot-password" linkText={t("forgotPassword.link")} />
      )}
    </AuthCard>
  );
}
