import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmail } from "@/components/auth/verify-email";
import { FormAlert } from "@/components/forms/form-alert";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; email?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("verify.title") };
}

/** With `?token=` the link from the mail; without it the "check your mail" page shown after signing up. */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { token, email } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  if (typeof token === "string" && token.length > 0) {
    return (
      <AuthCard title={t("verify.title")}>
        <VerifyEmail token={token} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("checkMail.title")}>
      <div className="flex flex-col gap-4" data-testid="check-mail">
        <FormAlert tone="info">
          {typeof email === "string" ? t("checkMail.sentTo", { email }) : t("checkMail.sent")}
        </FormAlert>
        <p className="text-sm">{t("checkMail.help")}</p>
      </div>
    </AuthCard>
  );
}
