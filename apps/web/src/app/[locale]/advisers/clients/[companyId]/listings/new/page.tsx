import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListingForm } from "@/components/listings/listing-form";
import { TextLink } from "@/components/ui/button";
import { resolveLocale } from "@/i18n/locale-param";
import { adviserClientPage } from "@/server/adviser-client";

// Depends on who asks, and on the client's consent at this very request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; companyId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "listings.form" });
  return { title: t("newTitle"), robots: { index: false } };
}

/**
 * An adviser writes a listing in a confirmed client's name with the members' own form; it goes to review like
 * theirs. A withdrawal makes this page "not found" at the next request.
 */
export default async function AdviserClientListingPage({ params }: Props) {
  const { locale, client } = await adviserClientPage(params, "listings/new");
  const t = await getTranslations({ locale, namespace: "advisers.listing" });
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-8">
      <TextLink href="/advisers" className="text-sm">
        {t("back")}
      </TextLink>
      <h1 className="break-words text-2xl font-bold">{t("title", { company: client.name })}</h1>
      {client.isPublished ? (
        <>
          <p className="text-slate-700 dark:text-slate-300">{t("intro", { company: client.name, organization: client.organizationName })}</p>
          <ListingForm mode="adviser" companyId={client.companyId} />
        </>
      ) : (
        <p role="status">{t("needsPublished", { company: client.name })}</p>
      )}
    </div>
  );
}
