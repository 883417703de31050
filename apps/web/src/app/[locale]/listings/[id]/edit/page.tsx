import { listingInputSchema, uuidSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ListingForm } from "@/components/listings/listing-form";
import { redirect } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/locale-param";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";

type Props = { params: Promise<{ locale: string; id: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "listings.form" });
  return { title: t("editTitle"), robots: { index: false } };
}

/** Edit the working copy (members only); a published listing stays public until the edit is approved. */
export default async function EditListingPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: `/listings/${id}/edit` } }, locale });
  if (!uuidSchema.safeParse(id).success) notFound();
  const t = await getTranslations({ locale, namespace: "listings.form" });
  const listing = await (await api()).listing.workingCopy({ listingId: id }).catch(() => null);
  if (listing === null) notFound();
  // The stored working copy, as far as it still passes today's rules (a past date of validity is dropped).
  const parsed = listingInputSchema.safeParse(listing.content);
  const initial = parsed.success ? parsed.data : { ...listing.content, validUntil: undefined };
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <p className="text-sm" data-testid="listing-status">{t(`status.${listing.status}`)}</p>
      {listing.status === "submitted" ? (
        <p role="status" className="rounded-lg bg-emerald-50 p-4 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" data-testid="listing-sent">
          {t("sentForReview", { published: listing.isPublished ? "yes" : "no" })}
        </p>
      ) : null}
      <ListingForm mode="edit" listingId={listing.id} initial={initial} isPublished={listing.isPublished} />
    </div>
  );
}
