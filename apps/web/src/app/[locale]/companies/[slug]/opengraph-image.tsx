import { anonymousApi, countryLabel, ogImageSize, ogLocale, ogNotFound, renderOgCard, sectorLabels } from "@/server/og-card";

export const size = ogImageSize;
export const contentType = "image/png";
export const alt = "Karvon";
// Published profiles change on approval and suspension: draw the current one.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The shared-link preview of a published company: name, country, sectors. */
export default async function CompanyOgImage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = ogLocale(raw);
  const company = await (await anonymousApi()).company.bySlug({ slug }).catch(() => null);
  if (company === null || company.preview) return ogNotFound();
  return renderOgCard({
    eyebrow: countryLabel(company.country, locale),
    title: company.legalName,
    facts: sectorLabels(company.sectors, locale, 3),
  });
}
