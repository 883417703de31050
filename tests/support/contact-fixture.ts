/**
 * Builders for contact tests: companies with members (rows written directly), listings, sessions, and a clock
 * the test moves by hand.
 */
import { randomUUID } from "node:crypto";
import type { Locale } from "@karvon/data";
import { appRouter, createCallerFactory, createTRPCContext, type Clock, type Session } from "@karvon/api";
import { listMail, schema, type Db } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";

const createCaller = createCallerFactory(appRouter);

export type FakeClock = Clock & { set: (at: Date) => void; advance: (ms: number) => void };

export function fakeClock(start: Date): FakeClock {
  let current = start;
  return {
    now: () => current,
    set: (at) => {
      current = at;
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export type Person = { userId: string; email: string; session: Session };
export type SeededCompany = { id: string; organizationId: string; name: string; people: Person[] };

let taxCounter = 500000000;

export async function seedPerson(db: Db, params: { name: string; locale?: Locale; organizationId?: string }): Promise<Person> {
  const userId = randomUUID();
  const email = `${params.name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}.${userId.slice(0, 6)}@example.com`;
  await db.insert(schema.user).values({ id: userId, name: params.name, email, emailVerified: true, locale: params.locale ?? "en" });
  if (params.organizationId !== undefined) {
    await db.insert(schema.member).values({ id: randomUUID(), organizationId: params.organizationId, userId, role: "owner" });
  }
  return {
    userId,
    email,
    session: {
      user: { id: userId, email, name: params.name, role: "user", emailVerified: true, banned: false, locale: params.locale ?? "en" },
      session: { id: randomUUID(), activeOrganizationId: params.organizationId ?? null },
    },
  };
}

export async function seedContactCompany(
  db: Db,
  params: { name: string; published?: boolean; suspended?: boolean; locales?: Locale[] },
): Promise<SeededCompany> {
  const organizationId = randomUUID();
  const slug = `${params.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${organizationId.slice(0, 6)}`;
  await db.insert(schema.organization).values({ id: organizationId, name: params.name, slug });
  const published = params.published === false
    ? null
    : { legalName: params.name, contactName: `${params.name} Contact`, contactEmail: `contact@${slug}.example`, contactPhone: "+998901234567" };
  const [company] = await db
    .insert(schema.companies)
    .values({
      organizationId,
      slug,
      country: "UZ",
      taxId: String((taxCounter += 1)),
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

export async function seedListing(
  db: Db,
  params: { companyId: string; published?: boolean; validUntil?: Date | null; hidden?: boolean },
): Promise<string> {
  const published = params.published === false ? null : { title: { en: "Cotton yarn" } };
  const [listing] = await db
    .insert(schema.listings)
    .values({
      companyId: params.companyId,
      kind: "offer",
      status: published === null ? "draft" : "published",
      content: { title: { en: "Cotton yarn" } },
      published,
      publishedAt: published === null ? null : new Date("2026-01-01T00:00:00Z"),
      validUntil: params.validUntil ?? null,
      hiddenAt: params.hidden ? new Date("2026-01-02T00:00:00Z") : null,
    })
    .returning({ id: schema.listings.id });
  if (listing === undefined) throw new Error("listing not inserted");
  return listing.id;
}

export async function setSuspended(db: Db, companyId: string, at: Date): Promise<void> {
  await db.update(schema.companies).set({ suspendedAt: at }).where(eq(schema.companies.id, companyId));
}

export function callerFor(db: Db, person: Person | null, clock: Clock, config: { contactRequestsPerDay?: number } = {}) {
  return createCaller(createTRPCContext({ db, session: person?.session ?? null, clock, config }));
}

export async function mailsTo(db: Db, email: string, template: string) {
  const rows = await listMail(db, { to: email, limit: 1000 });
  return rows.filter((row) => row.template === template);
}

/** The code and translation key of a call that must fail. */
export async function failure(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the call to fail");
}

export function firstPerson(company: SeededCompany): Person {
  const person = company.people[0];
  if (person === undefined) throw new Error("company without people");
  return person;
}
