import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientProfileForm } from "@/components/advisers/client-profile-form";
import { TextLink } from "@/components/ui/button";
import { resolveLocale } from "@/i18n/locale-param";
import { adviserClientPage } from "@/server/adviser-client";

// Depends on who asks, and on the client's consent at this very request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; companyId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "advisers.profile" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * An adviser edits a confirmed client's profile with the members' own form and rules: saved as a new draft, public
 * only after a moderator approves it. A withdrawal makes this page "not found" at the next request.
 */
export default async function AdviserClientProfilePage({ params }: Props) {
  const { locale, client } = await adviserClientPage(params, "profile");
  const t = await getTranslations({ locale, namespace: "advisers.profile" });
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4 px-4 py-8">
      <TextLink href="/advisers" className="text-sm">
        {t("back")}
      </TextLink>
      <h1 className="break-words text-2xl font-bold">{t("title", { company: client.name })}</h1>
      <p className="text-slate-700 dark:text-slate-300">{t("intro", { company: client.name, organization: client.organizationName })}</p>
      <ClientProfileForm companyId={client.companyId} companyName={client.name} locale={locale} />
    </div>
  );
}
