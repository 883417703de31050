/**
 * Companies written directly as rows: published ones in search, ones with owners for contact tests, ones waiting
 * for review, and the complete profile the submit schema accepts.
 */
import { randomUUID } from "node:crypto";
import type { CompanyDraftInput, Locale, LocalizedText } from "@karvon/data";
import { refreshSearchDocumentsForCompany, schema, type Db } from "@karvon/db";
import { eq } from "drizzle-orm";
import { testNow } from "../clock";
import { storedProfile } from "../stored-shapes";
import { seedPerson, type Person } from "./users";

let taxCounter = 100000000;
/** A tax number no other seeded company has (rows skip the checksum; the API's forms check it). */
const nextTaxId = () => String((taxCounter += 1));

async function insertOrganization(db: Db, name: string): Promise<{ organizationId: string; slug: string }> {
  const organizationId = randomUUID();
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${organizationId.slice(0, 6)}`;
  await db.insert(schema.organization).values({ id: organizationId, name, slug });
  return { organizationId, slug };
}

/**
 * An organisation owned by `userId` with its company row as given (for tests that name the organisation's id,
 * e.g. in a request body); the company takes the organisation's slug.
 */
export async function insertOwnedCompany(
  db: Db,
  params: { userId: string; organizationId: string; name: string; slug: string; company: Omit<typeof schema.companies.$inferInsert, "organizationId" | "slug"> },
): Promise<void> {
  await db.insert(schema.organization).values({ id: params.organizationId, name: params.name, slug: params.slug });
  await db.insert(schema.member).values({ id: `${params.organizationId}-owner`, organizationId: params.organizationId, userId: params.userId, role: "owner" });
  await db.insert(schema.companies).values({ ...params.company, organizationId: params.organizationId, slug: params.slug });
}

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

/** A company without people, published and in search unless `published: false`. */
export async function seedCompany(db: Db, seed: CompanySeed): Promise<string> {
  const { organizationId, slug } = await insertOrganization(db, seed.legalName);
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
      taxId: nextTaxId(),
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

export type SeededCompany = { id: string; organizationId: string; name: string; people: Person[] };

/** A company with one owner per locale given (one English-speaking owner by default) and a public contact. */
export async function seedCompanyWithPeople(
  db: Db,
  params: { name: string; published?: boolean; suspended?: boolean; locales?: Locale[] },
): Promise<SeededCompany> {
  const { organizationId, slug } = await insertOrganization(db, params.name);
  const published = params.published === false
    ? null
    : { legalName: params.name, contactName: `${params.name} Contact`, contactEmail: `contact@${slug}.example`, contactPhone: "+998901234567" };
  const [company] = await db
    .insert(schema.companies)
    .values({
      organizationId,
      slug,
      country: "UZ",
      taxId: nextTaxId(),
      legalName: params.name,
      status: published === null ? "draft" : "published",
      published,
      publishedAt: published === null ? null : new Date("2026-01-01T00:00:00Z"),
      suspendedAt: params.suspended ? new Date("2026-01-02T00:00:00Z") : null,
    })
    .returning({ id: schema.companies.id });
  if (company === undefined) throw new Error("company not inserted");
  const people: Person[] = [];
  for (const [index, locale] of (params.locales ?? ["en"]).entries()) {
    people.push(await seedPerson(db, { name: `${params.name} Person ${index + 1}`, locale, organizationId }));
  }
  return { id: company.id, organizationId, name: params.name, people };
}

export function firstPerson(company: SeededCompany): Person {
  const person = company.people[0];
  if (person === undefined) throw new Error("company without people");
  return person;
}

/** A company waiting for its first review, owned by `ownerId`, with a complete working copy. */
export async function seedSubmittedCompany(
  db: Db,
  params: { ownerId: string; legalName: string; country?: "UZ" | "AZ"; submittedAt?: Date; sectors?: string[] },
): Promise<{ id: string; version: number }> {
  const { organizationId, slug } = await insertOrganization(db, params.legalName);
  await db.insert(schema.member).values({ id: randomUUID(), organizationId, userId: params.ownerId, role: "owner" });
  const profile = storedProfile({
    legalName: params.legalName,
    region: params.country === "AZ" ? "AZ-BA" : "UZ-TK",
    sectors: params.sectors ?? ["13"],
    description: { en: `${params.legalName} makes cotton yarn.` },
  });
  const [company] = await db
    .insert(schema.companies)
    .values({
      organizationId,
      slug,
      country: params.country ?? "UZ",
      taxId: nextTaxId(),
      legalName: params.legalName,
      status: "submitted",
      version: 2,
      profile,
      submittedAt: params.submittedAt ?? new Date("2026-11-19T09:00:00Z"),
      verificationLevel: "format-checked",
    })
    .returning({ id: schema.companies.id, version: schema.companies.version });
  if (company === undefined) throw new Error("company not inserted");
  return company;
}

/** Marks a draft as published, as an approval would (for tests about what only a published company may do). */
export async function publishDirectly(db: Db, companyId: string): Promise<void> {
  const [company] = await db.select().from(schema.companies).where(eq(schema.companies.id, companyId));
  if (company === undefined) throw new Error(`no company ${companyId}`);
  await db
    .update(schema.companies)
    .set({ status: "published", published: { ...company.profile, legalName: company.legalName }, publishedAt: testNow })
    .where(eq(schema.companies.id, companyId));
}

export async function setSuspended(db: Db, companyId: string, at: Date): Promise<void> {
  await db.update(schema.companies).set({ suspendedAt: at }).where(eq(schema.companies.id, companyId));
}

/** Everything the submit schema needs, for a Tashkent textile company. */
export const completeUzProfile: CompanyDraftInput = {
  region: "UZ-TK",
  district: "UZ-TK-chilanzar",
  city: "Tashkent",
  foundedYear: 2011,
  sizeBand: "medium",
  sectors: ["13"],
  hsChapters: ["52"],
  exportsTo: ["AZ", "RU"],
  importsFrom: ["CN"],
  languages: ["uz", "ru"],
  website: "kamolot-tekstil.uz",
  description: { en: "Cotton yarn and knitted fabric from our own spinning mill in Chilanzar.", uz: "Oʻz yigiruv fabrikamizda paxta ipi va trikotaj mato." },
  contactName: "Dilshod Karimov",
  contactPosition: "Export manager",
  contactEmail: "Dilshod.Karimov@kamolot.uz",
  contactPhone: "+998 90 123 45 67",
};
