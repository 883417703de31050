/** Listings written directly as rows, with their search document refreshed as publishing does. */
import type { LocalizedText } from "@karvon/data";
import { refreshSearchDocumentForListing, schema, type Db } from "@karvon/db";
import { storedListing } from "../stored-shapes";

export type ListingSeed = {
  companyId: string;
  /** An offer unless said otherwise. */
  kind?: "offer" | "request" | "joint-project";
  /** "Cotton yarn" unless said otherwise. */
  title?: LocalizedText;
  description?: LocalizedText;
  sectors?: string[];
  hsChapters?: string[];
  cooperationKinds?: string[];
  direction?: "export" | "import" | "both";
  targetCountry?: string;
  importsFrom?: string[];
  published?: boolean;
  hidden?: boolean;
  publishedAt?: Date;
  /** Half a year after publishing unless given; null: no end date. */
  validUntil?: Date | null;
};

const halfYear = 182 * 24 * 3600 * 1000;

export async function seedListing(db: Db, seed: ListingSeed, now = new Date("2026-02-01T10:00:00Z")): Promise<string> {
  const content = storedListing({
    title: seed.title ?? { en: "Cotton yarn" },
    description: seed.description ?? {},
    sectors: seed.sectors ?? [],
    hsChapters: seed.hsChapters ?? [],
    cooperationKinds: seed.cooperationKinds ?? [],
  });
  const published = seed.published !== false;
  const publishedAt = seed.publishedAt ?? new Date("2026-01-20T10:00:00Z");
  const [listing] = await db
    .insert(schema.listings)
    .values({
      companyId: seed.companyId,
      kind: seed.kind ?? "offer",
      status: published ? "published" : "draft",
      content,
      published: published ? content : null,
      publishedAt: published ? publishedAt : null,
      sectors: seed.sectors ?? [],
      hsChapters: seed.hsChapters ?? [],
      cooperationKinds: seed.cooperationKinds ?? [],
      direction: seed.direction ?? null,
      targetCountry: seed.targetCountry ?? null,
      importsFrom: seed.importsFrom ?? [],
      validUntil: seed.validUntil === undefined ? new Date(publishedAt.getTime() + halfYear) : seed.validUntil,
      hiddenAt: seed.hidden === true ? publishedAt : null,
    })
    .returning({ id: schema.listings.id });
  if (listing === undefined) throw new Error("listing not inserted");
  await refreshSearchDocumentForListing(db, listing.id, now);
  return listing.id;
}
