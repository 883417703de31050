import { locales } from "@karvon/data";
import type { MetadataRoute } from "next";
import { env } from "../env";
import { api } from "../trpc/server";

// Built per request from the database: new companies and listings appear at once.
export const dynamic = "force-dynamic";

/** Every public page in every language, with the other languages as alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().PUBLIC_URL.replace(/\/$/, "");
  const caller = await api();
  const entries = await caller.seo.sitemap();
  const localized = (path: string, lastModified?: Date): MetadataRoute.Sitemap =>
    locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      lastModified,
      alternates: { languages: Object.fromEntries(locales.map((other) => [other, `${base}/${other}${path}`])) },
    }));
  return [
    ...localized(""),
    ...localized("/search"),
    ...localized("/cooperation"),
    ...localized("/opportunities"),
    ...entries.companies.flatMap((company) => localized(`/companies/${company.slug}`, company.updatedAt)),
    ...entries.listings.flatMap((listing) => localized(`/listings/${listing.id}`, listing.updatedAt)),
  ];
}
