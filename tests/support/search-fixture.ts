/**
 * Builders of published companies and listings for search and matchmaking tests: rows written directly, then
 * the search documents refreshed through the public query functions, as publishing does.
 */
import { randomUUID } from "node:crypto";
import type { LocalizedText } from "@karvon/data";
import { refreshSearchDocumentForListing, refreshSearchDocumentsForCompany, schema, type Db } from "@karvon/db";
import { storedListing, storedProfile } from "./stored-shapes";

export type CompanySeed = {
  legalName: string;
  country: "UZ" | "AZ";
  region?: string;
  district?: string;
  sizeBand?: string;
  economicZone?: string | null;
  sectors?: string[];
  hsChapters?: string[];
  verified?: boolean;
  description?: LocalizedText;
  published?: boolean;
  suspended?: boolean;
  at?: Date;
};

let taxCounter = 100000000;

export async function seedCompany(db: Db, seed: CompanySeed): Promise<string> {
  const organizationId = randomUUID();
  const slug = `${seed.legalName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${organizationId.slice(0, 6)}`;
  await db.insert(schema.organization).values({ id: organizationId, name: seed.legalName, slug });
  const published =
    seed.published === false
      ? null
      : storedProfile({ legalName: seed.legalName, description: seed.description ?? {}, ...(seed.district ? { district: seed.district } : {}) });
  const at = seed.at ?? new Date("2026-01-10T10:00:00Z");
  const [company] = await db
    .insert(schema.companies)
    .values({
      organizationId,
      slug,
      country: seed.country,
      taxId: String((taxCounter += 1)),
      legalName: seed.legalName,
      status: seed.published === false ? "draft" : "published",
      profile: published ?? {},
      published,
      publishedAt: seed.published === false ? null : at,
      region: seed.region ?? null,
      sizeBand: seed.sizeBand ?? "small",
      economicZone: seed.economicZone ?? null,
      sectors: seed.sectors ?? [],
      hsChapters: seed.hsChapters ?? [],
      verificationLevel: seed.verified === true ? "registry-confirmed" : "format-checked",
      suspendedAt: seed.suspended === true ? at : null,
    })
    .returning({ id: schema.companies.id });
  if (company === undefined) throw new Error("company not inserted");
  await refreshSearchDocumentsForCompany(db, company.id, at);
  return company.id;
}

export type ListingSeed = {
  companyId: string;
  kind: "offer" | "request" | "joint-project";
  title: LocalizedText;
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
  validUntil?: Date;
};

export async function seedListing(db: Db, seed: ListingSeed, now = new Date("2026-02-01T10:00:00Z")): Promise<string> {
  const content = storedListing({
    title: seed.title,
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
      kind: seed.kind,
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
      validUntil: seed.validUntil ?? new Date(publishedAt.getTime() + 182 * 24 * 3600 * 1000),
      hiddenAt: seed.hidden === true ? publishedAt : null,
    })
    .returning({ id: schema.listings.id });
  if (listing === undefined) throw new Error("listing not inserted");
  await refreshSearchDocumentForListing(db, listing.id, now);
  return listing.id;
}
