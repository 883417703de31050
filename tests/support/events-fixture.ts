/**
 * Builders for event tests: an event created through the API by a moderator, companies of both countries with
 * complementary public listings (so matchmaking suggests them to each other), registered and approved.
 */
import { randomUUID } from "node:crypto";
import type { RouterInputs, Session } from "@karvon/api";
import { refreshSearchDocumentsForCompany, schema, type Db } from "@karvon/db";
import { callerFor } from "./caller";
import { fakeClock, type FakeClock } from "./clock";
import { storedListing, storedProfile } from "./stored-shapes";

export type EventPerson = { userId: string; session: Session };
export type EventCompany = { id: string; country: "UZ" | "AZ"; people: EventPerson[]; listingId: string };

let taxCounter = 700000000;

export function personSession(userId: string, role: "user" | "moderator" | "admin" = "user"): Session {
  return {
    user: { id: userId, email: `${userId}@example.com`, name: `Person ${userId.slice(0, 6)}`, role, emailVerified: true, banned: false, locale: "en" },
    session: { id: randomUUID(), activeOrganizationId: null },
  };
}

export async function seedStaff(db: Db): Promise<EventPerson> {
  const userId = randomUUID();
  await db.insert(schema.user).values({ id: userId, name: "Organiser", email: `${userId}@example.com`, emailVerified: true, role: "moderator" });
  return { userId, session: personSession(userId, "moderator") };
}

/** A published company with one public listing: UZ offers cotton yarn (HS 52), AZ seeks it. */
export async function seedEventCompany(
  db: Db,
  params: { name: string; country: "UZ" | "AZ"; kind?: "offer" | "request"; people?: number; verified?: boolean; now?: Date },
): Promise<EventCompany> {
  const now = params.now ?? new Date("2026-01-01T00:00:00Z");
  const organizationId = randomUUID();
  const slug = `${params.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${organizationId.slice(0, 6)}`;
  await db.insert(schema.organization).values({ id: organizationId, name: params.name, slug });
  const region = params.country === "UZ" ? "UZ-TK" : "AZ-BA";
  const published = storedProfile({ legalName: params.name, region, sectors: ["13"], hsChapters: ["52"], description: { en: `${params.name} works with cotton.` } });
  const [company] = await db
    .insert(schema.companies)
    .values({
      organizationId,
      slug,
      country: params.country,
      taxId: String((taxCounter += 1)),
      legalName: params.name,
      status: "published",
      profile: published,
      published,
      publishedAt: now,
      region,
      sectors: ["13"],
      hsChapters: ["52"],
      verificationLevel: params.verified ? "registry-confirmed" : "format-checked",
    })
    .returning({ id: schema.companies.id });
  if (company === undefined) throw new Error("company not seeded");
  const people: EventPerson[] = [];
  for (let index = 0; index < (params.people ?? 1); index++) {
    const userId = randomUUID();
    await db.insert(schema.user).values({ id: userId, name: `${params.name} ${index + 1}`, email: `${userId}@example.com`, emailVerified: true });
    await db.insert(schema.member).values({ id: randomUUID(), organizationId, userId, role: index === 0 ? "owner" : "member" });
    people.push({ userId, session: personSession(userId) });
  }
  const kind = params.kind ?? (params.country === "UZ" ? "offer" : "request");
  const content = storedListing({ kind, title: { en: `Cotton yarn (${params.name})` }, description: { en: "Ring-spun cotton yarn." }, sectors: ["13"], hsChapters: ["52"] });
  const [listing] = await db
    .insert(schema.listings)
    .values({
      companyId: company.id,
      kind,
      status: "published",
      content,
      published: content,
      publishedAt: now,
      sectors: ["13"],
      hsChapters: ["52"],
      direction: kind === "offer" ? "export" : "import",
      validUntil: new Date(now.getTime() + 365 * 86_400_000),
    })
    .returning({ id: schema.listings.id });
  if (listing === undefined) throw new Error("listing not seeded");
  await refreshSearchDocumentsForCompany(db, company.id, now);
  return { id: company.id, country: params.country, people, listingId: listing.id };
}

export const eventClockStart = new Date("2026-04-01T06:00:00Z");

/** A two-day event in Tashkent, 09:00–12:00 with 30-minute meetings (6 slots a day), registration open in April. */
export function sampleEventInput(overrides: Record<string, unknown> = {}): RouterInputs["events"]["create"] {
  return {
    slug: `forum-${randomUUID().slice(0, 8)}`,
    name: { en: "Interregional B2B day", ru: "Межрегиональный день B2B" },
    description: { en: "Meetings between companies of Uzbekistan and Azerbaijan." },
    city: "Tashkent",
    venue: "Expo Centre, hall 2",
    timeZone: "Asia/Tashkent",
    startDate: "2026-05-21",
    endDate: "2026-05-22",
    dayStart: "09:00",
    dayEnd: "12:00",
    meetingMinutes: 30,
    breaks: [],
    tableCount: 10,
    registrationOpensAt: new Date("2026-03-01T00:00:00Z"),
    registrationClosesAt: new Date("2026-05-15T00:00:00Z"),
    focusSectors: ["13"],
    requestLimit: 5,
    autoApproveVerified: true,
    published: true,
    ...overrides,
  };
}

/** Creates the event as the organiser and registers (approved) every company, available in all slots. */
export async function seedEventWith(db: Db, params: { clock?: FakeClock; companies: EventCompany[]; event?: Record<string, unknown> }) {
  const clock = params.clock ?? fakeClock(eventClockStart);
  const organiser = await seedStaff(db);
  const staff = callerFor({ db, session: organiser.session, clock });
  const event = await staff.events.create(sampleEventInput(params.event));
  for (const company of params.companies) {
    const person = company.people[0];
    if (person === undefined) throw new Error("company without people");
    const registration = await participantCaller(db, person, clock).events.register({
      eventId: event.id,
      companyId: company.id,
      attendeeIds: [person.userId],
      listingIds: [company.listingId],
    });
    if (registration.status !== "approved") await staff.events.decideRegistration({ registrationId: registration.id, decision: "approved" });
  }
  return { event, staff, organiser, clock };
}

export function participantCaller(db: Db, person: EventPerson, clock: FakeClock) {
  return callerFor({ db, session: person.session, clock });
}

/** One of a company's people (the first unless told): its owner, who registered it. */
export function personOf(company: EventCompany, index = 0): EventPerson {
  const found = company.people[index];
  if (found === undefined) throw new Error("company without that person");
  return found;
}
