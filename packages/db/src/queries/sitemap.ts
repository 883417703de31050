import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { companies, searchDocuments } from "../schema";

export type SitemapEntries = {
  companies: { slug: string; updatedAt: Date }[];
  listings: { id: string; updatedAt: Date }[];
};

/** Everything public, for the sitemap: published, unsuspended companies and visible listings (capped). */
export async function listSitemapEntries(db: Db, limit = 20_000): Promise<SitemapEntries> {
  const [companyRows, listingRows] = await Promise.all([
    db
      .select({ slug: companies.slug, updatedAt: companies.updatedAt })
      .from(companies)
      .where(and(isNotNull(companies.publishedAt), isNull(companies.suspendedAt)))
      .orderBy(desc(companies.updatedAt))
      .limit(limit),
    db
      .select({ id: searchDocuments.entityId, updatedAt: searchDocuments.publishedAt })
      .from(searchDocuments)
      .where(eq(searchDocuments.entityType, "listing"))
      .orderBy(desc(searchDocuments.publishedAt))
      .limit(limit),
  ]);
  return { companies: companyRows, listings: listingRows };
}
