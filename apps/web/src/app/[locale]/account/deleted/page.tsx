import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { resolveLocale } from "@/i18n/locale-param";
import { ButtonLink } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "account.deleted" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Where a person lands after deleting their account: signed out, told what happened and what stayed. */
export default async function AccountDeletedPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "account.deleted" });
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-4 px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p role="status" data-testid="account-deleted">{t("done")}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("kept")}</p>
      <ButtonLink href="/" className="w-fit">
        {t("home")}
      </ButtonLink>
    </div>
  );
}
