import { labelOf, listingKinds, localizedTextOf, type Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { api } from "@/trpc/server";
import { Section } from "@/components/ui/section";

/**
 * The company's published listings on its public page (listing.byCompany of the listings area). The listings
 * area may replace this list with its own card component; the data contract is `listing.byCompany`.
 */
export async function CompanyListingsSlot({ companyId, locale }: { companyId: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "companies.profile" });
  const listings = await (await api()).listing.byCompany({ companyId });
  return (
    <Section titleId="listings-title" title={t("listings")} titleClassName="text-lg font-semibold" className="flex flex-col gap-3" data-testid="company-listings">
      {listings.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{t("noListings")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {listings.map((listing) => {
            const kind = listingKinds.find((entry) => entry.code === listing.kind);
            return (
              <li key={listing.id} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <p className="text-xs font-medium uppercase text-brand-700 dark:text-brand-100">{kind ? labelOf(kind, locale) : listing.kind}</p>
                <Link href={`/listings/${listing.id}`} className="mt-1 block font-semibold hover:text-brand-600">
                  {localizedTextOf(listing.title, locale)}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
