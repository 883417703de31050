import { byCode, countryByCode, labelOf, listingKinds, localizedTextOf, uuidSchema, type Locale } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ExpressInterestSlot } from "@/components/contact/express-interest-slot";
import { ListingDetails } from "@/components/listings/listing-details";
import { ListingExpiry } from "@/components/listings/listing-expiry";
import { PartnerCard } from "@/components/listings/partner-card";
import { ReportButton } from "@/components/moderation/report-button";
import { ResultCard } from "@/components/search/result-card";
import { resolveLocale } from "@/i18n/locale-param";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { ButtonLink, TextLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

type Props = { params: Promise<{ locale: string; id: string }> };

export const dynamic = "force-dynamic";

/** The public listing, or null (unknown, not yet approved, hidden, expired, or its company not public). */
const loadListing = cache(async (id: string) => {
  if (!uuidSchema.safeParse(id).success) return null;
  try {
    return await (await api()).listing.byId({ listingId: id });
  } catch (error) {
    if ((error as { code?: string }).code === "NOT_FOUND") return null;
    throw error;
  }
});

/** The working copy when the visitor is a member of the listing's company (the owner's view), or null. */
const loadOwnListing = cache(async (id: string) => {
  if (!uuidSchema.safeParse(id).success) return null;
  return (await api()).listing.workingCopy({ listingId: id }).catch(() => null);
});

/** An owner's published listing that left search when it expired: what happened, and "Renew". */
async function ExpiredOwnListing({ listing, locale }: { listing: NonNullable<Awaited<ReturnType<typeof loadOwnListing>>>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "listings.page" });
  const kind = byCode(listingKinds, listing.kind);
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10">
      <header className="flex flex-col gap-2">
        <p className="text-xs font-medium uppercase text-brand-700 dark:text-brand-100">{kind ? labelOf(kind, locale) : listing.kind}</p>
        <h1 className="text-2xl font-bold" data-testid="listing-title">
          {localizedTextOf(listing.title, locale)}
        </h1>
      </header>
      <ListingExpiry listingId={listing.id} validUntil={listing.validUntil} />
      <ButtonLink href={`/listings/${listing.id}/edit`} variant="secondary" size="sm" className="w-fit">
        {t("edit")}
      </ButtonLink>
    </div>
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const listing = await loadListing(id);
  if (listing === null) return {};
  const title = localizedTextOf(listing.title, locale);
  const description = localizedTextOf(listing.description, locale).slice(0, 200);
  // The preview image comes from opengraph-image.tsx beside this page (public listings only).
  return { title, description, openGraph: { title, description, type: "article", siteName: "Karvon" } };
}

export default async function ListingPage({ params }: Props) {
  const locale: Locale = await resolveLocale(params);
  const { id } = await params;
  const [listing, own, session] = await Promise.all([loadListing(id), loadOwnListing(id), getSession(new Headers(await headers()))]);
  if (listing === null) {
    // Out of search for everyone else; its own company still sees it, to renew it.
    if (own !== null && own.isPublished && !own.hidden) return <ExpiredOwnListing listing={own} locale={locale} />;
    notFound();
  }
  const t = await getTranslations({ locale, namespace: "listings.page" });
  const formatDate = await getDateFormat(locale);
  const caller = await api();
  const [similar, partners] = await Promise.all([
    caller.listing.similar({ listingId: listing.id, limit: 4 }),
    caller.listing.partners({ listingId: listing.id, limit: 4 }),
  ]);
  const kind = byCode(listingKinds, listing.kind);
  const country = countryByCode(listing.company.country);
  const title = localizedTextOf(listing.title, locale);

  return (
    <div className="mx-auto grid w-full max-w-6xl gap-8 px-4 py-10 lg:grid-cols-[1fr_20rem]">
      <article className="flex min-w-0 flex-col gap-6">
        <header className="flex flex-col gap-2">
          <p className="text-xs font-medium uppercase text-brand-700 dark:text-brand-100">{kind ? labelOf(kind, locale) : listing.kind}</p>
          <h1 className="text-2xl font-bold" data-testid="listing-title">
            {title}
          </h1>
          {listing.publishedAt ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("publishedAt", { date: formatDate(listing.publishedAt, "longDate") })}</p>
          ) : null}
        </header>
        <p className="whitespace-pre-line">{localizedTextOf(listing.description, locale)}</p>
        <Section titleId="details" title={t("details")} titleClassName="text-lg font-semibold" className="flex flex-col gap-3">
          <ListingDetails content={listing.content} kind={listing.kind} validUntil={listing.validUntil} locale={locale} />
        </Section>
        <Section titleId="partners" title={t("partners")} titleClassName="text-lg font-semibold" className="flex flex-col gap-3" data-testid="listing-partners">
          {partners.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("noPartners")}</p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2">
              {partners.map((suggestion) => (
                <PartnerCard key={suggestion.theirs.listingId} suggestion={suggestion} locale={locale} showMine={false} />
              ))}
            </ul>
          )}
        </Section>
        <Section titleId="similar" title={t("similar")} titleClassName="text-lg font-semibold" className="flex flex-col gap-3">
          {similar.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("noSimilar")}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {similar.map((hit) => (
                <ResultCard key={hit.entityId} hit={hit} terms={[]} locale={locale} />
              ))}
            </ul>
          )}
        </Section>
      </article>
      <aside className="flex flex-col gap-4">
        {own !== null ? (
          <section aria-label={t("yourListing")} className="flex flex-col gap-3" data-testid="listing-owner">
            <ListingExpiry listingId={listing.id} validUntil={listing.validUntil} />
            <ButtonLink href={`/listings/${listing.id}/edit`} variant="secondary" size="sm" className="w-fit">
              {t("edit")}
            </ButtonLink>
          </section>
        ) : null}
        <Section titleId="company" title={t("company")} titleClassName="text-xs font-semibold uppercase text-slate-600" className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="listing-company">
          <p className="font-semibold">{listing.company.legalName}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">{country ? labelOf(country, locale) : listing.company.country}</p>
          <TextLink href={`/companies/${listing.company.slug}`} className="text-sm font-medium">
            {t("viewCompany")}
          </TextLink>
        </Section>
        <ExpressInterestSlot companyId={listing.company.id} companyName={listing.company.legalName} listingId={listing.id} locale={locale} />
        {own === null && session !== null ? <ReportButton targetType="listing" targetId={listing.id} /> : null}
      </aside>
    </div>
  );
}
