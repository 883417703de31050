"use client";

import { labelOf, listingKinds, localizedTextOf } from "@karvon/data";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/client";
import { AppealPanel } from "../appeals/appeal-panel";
import { EnforcementNotice } from "../companies/enforcement-notice";
import { ListingExpiry } from "./listing-expiry";
import { ButtonLink } from "@/components/ui/button";

/**
 * The dashboard's listings of one of my companies: review state, end of validity with "Renew", edit, the appeal
 * of a hidden or rejected listing. While the company is suspended none of them is in search, whatever its own state.
 */
export function MyListings({ companyId, canPublish, companySuspended }: { companyId: string; canPublish: boolean; companySuspended: boolean }) {
  const t = useTranslations("listings.mine");
  const tStatus = useTranslations("listings.form.status");
  const locale = useLocale();
  const trpc = useTRPC();
  const listings = useQuery(trpc.listing.mine.queryOptions({ companyId }));
  const rows = listings.data ?? [];

  return (
    <section aria-labelledby={`listings-${companyId}`} className="flex flex-col gap-3" data-testid="my-listings">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`listings-${companyId}`} className="font-semibold">
          {t("title")}
        </h3>
        {canPublish ? (
          <ButtonLink href={{ pathname: "/listings/new", query: { companyId } }} size="sm">
            {t("new")}
          </ButtonLink>
        ) : null}
      </div>
      {listings.isPending ? <p className="text-sm">{t("loading")}</p> : null}
      {listings.isSuccess && rows.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{canPublish ? t("empty") : t("emptyUnpublished")}</p> : null}
      {rows.length > 0 ? (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {rows.map((listing) => {
            const kind = listingKinds.find((entry) => entry.code === listing.kind);
            const title = localizedTextOf(listing.title, locale) || t("untitled");
            return (
              <li key={listing.id} className="flex flex-col gap-2 p-3" data-testid="my-listing">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-xs font-medium uppercase text-brand-700 dark:text-brand-100">{kind ? labelOf(kind, locale) : listing.kind}</p>
                    <p className="wrap-anywhere font-medium">{title}</p>
                  </div>
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200" data-testid="my-listing-status">
                    {listing.hidden ? t("hidden") : companySuspended && listing.isPublished ? t("companySuspended") : tStatus(listing.status as "draft")}
                  </span>
                </div>
                {listing.hiding !== null ? (
                  <EnforcementNotice headline={t("hiddenExplain")} action="hide" reasons={listing.hiding.reasons} note={listing.hiding.note} appealOf={{ itemType: "listing", itemId: listing.id }} />
                ) : null}
                {listing.status === "rejected" && listing.hiding === null ? <AppealPanel itemType="listing" itemId={listing.id} /> : null}
                {listing.isPublished && !listing.hidden && !companySuspended ? <ListingExpiry listingId={listing.id} validUntil={listing.validUntil} compact /> : null}
                <div className="flex flex-wrap gap-2 text-sm">
                  <ButtonLink href={`/listings/${listing.id}/edit`} variant="secondary">
                    {t("edit")}
                  </ButtonLink>
                  {listing.isPublished ? (
                    <ButtonLink href={`/listings/${listing.id}`} variant="secondary">
                      {t("view")}
                    </ButtonLink>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
