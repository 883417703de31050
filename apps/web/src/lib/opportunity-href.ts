import { hsChapterSchema, searchToUrlParams, type PartnerCountry } from "@karvon/data";

/** The search of one side of an opportunity: the supplier's offers or the buyer's requests in an HS chapter. */
export function opportunitySearchHref(type: "offers" | "requests", country: PartnerCountry, chapter: string): string {
  const hsChapter = hsChapterSchema.safeParse(chapter);
  return `/search?${searchToUrlParams({ type, country, hsChapter: hsChapter.success ? hsChapter.data : undefined }).toString()}`;
}
