import { uuidSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { ListingForm } from "@/components/listings/listing-form";
import { redirect } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/locale-param";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ companyId?: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "listings.form" });
  return { title: t("newTitle"), robots: { index: false } };
}

/** A new listing for one of my companies (the first if none is named); only a published company may publish. */
export default async function NewListingPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: "/listings/new" } }, locale });
  const t = await getTranslations({ locale, namespace: "listings.form" });
  const { companyId } = await searchParams;
  const mine = await (await api()).company.mine();
  const wanted = uuidSchema.safeParse(companyId).success ? companyId : undefined;
  const company = mine.find((entry) => (wanted === undefined || entry.id === wanted) && entry.isPublic) ?? null;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      {company === null ? <p role="status">{t("needsPublishedCompany")}</p> : <ListingForm mode="create" companyId={company.id} />}
    </div>
  );
}
