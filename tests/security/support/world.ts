/**
 * The seeded "world" the security tests run in: two rival companies A and B (plus C, a third party both talk
 * to), their people in every role, listings, contact requests, conversations and invitations. Every public
 * profile carries contact e-mails and phones, so a leak shows up in any public output.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { signClaimToken, type Session } from "@karvon/api";
import { refreshSearchDocumentsForCompany, schema, type Db } from "@karvon/db";
import { storedListing, storedProfile } from "../../support/stored-shapes";
import { seedEventWorld, type EventWorld } from "./event-world";

export const roles = ["anonymous", "unverified", "banned", "member", "owner", "otherOwner", "moderator", "admin"] as const;
export type Role = (typeof roles)[number];

type SeededCompany = {
  id: string;
  organizationId: string;
  slug: string;
  publishedListingId: string;
  draftListingId: string;
  invitationId: string;
};

export type World = {
  sessions: Record<Role, Session | null>;
  userIds: Record<Exclude<Role, "anonymous">, string> & { ownerC: string };
  companyA: SeededCompany;
  companyB: SeededCompany;
  companyC: SeededCompany;
  /** B → A, pending, about A's published listing: A may accept, decline; B may withdraw. */
  requestToA: string;
  /** C → B, pending: none of A's business. */
  requestToB: string;
  /** A ↔ C, accepted, with messages. */
  conversationA: string;
  /** B ↔ C, accepted, with messages: none of A's business. */
  conversationB: string;
  /** An open report of company A by B's owner, and an open appeal of A's owner (for the moderators' desk). */
  reportId: string;
  appealId: string;
  /** A key of the public API, issued by the admin. */
  apiKeyId: string;
  /** An event A, B and C take part in. */
  event: EventWorld;
  /**
   * A chamber awaiting staff approval, and the consent link of company C to an approved agency, whose one adviser
   * is C's owner (no role advises) and who invited the member of A into it (the invitation's link); the hand-over
   * link for C as its contact address would receive it.
   */
  advisers: { pendingOrganizationId: string; consentToken: string; claimToken: string; adviserUserId: string; invitationId: string };
  /** Every contact e-mail and phone seeded, and every user's e-mail: none may reach a public output. */
  secrets: string[];
};

const people: Record<Exclude<Role, "anonymous">, { role: "user" | "moderator" | "admin"; verified: boolean; banned: boolean }> = {
  unverified: { role: "user", verified: false, banned: false },
  banned: { role: "user", verified: true, banned: true },
  member: { role: "user", verified: true, banned: false },
  owner: { role: "user", verified: true, banned: false },
  otherOwner: { role: "user", verified: true, banned: false },
  moderator: { role: "moderator", verified: true, banned: false },
  admin: { role: "admin", verified: true, banned: false },
};

function profile(letter: string, country: "UZ" | "AZ") {
  return {
    legalName: `Company ${letter} LLC`,
    region: country === "UZ" ? "UZ-TK" : "AZ-BA",
    sizeBand: "small",
    sectors: ["10"],
    hsChapters: ["08"],
    languages: ["en", "ru"],
    description: { en: `Company ${letter} makes dried fruit.` },
    contactName: `Contact ${letter}`,
    contactPosition: "Director",
    contactEmail: `contact-${letter.toLowerCase()}@secret-mail.example`,
    contactPhone: country === "UZ" ? `+99890123456${letter.charCodeAt(0) % 10}` : `+99450123456${letter.charCodeAt(0) % 10}`,
  };
}

function listingContent(letter: string, title: string) {
  return storedListing({
    kind: "offer",
    title: { en: `${title} of ${letter}` },
    description: { en: `${title} offered by company ${letter}.` },
    sectors: ["10"],
    hsChapters: ["08"],
    cooperationKinds: ["supply"],
    direction: "export",
  });
}

async function seedCompany(db: Db, letter: string, country: "UZ" | "AZ", taxId: string, ownerId: string, now: Date) {
  const organizationId = `org-${letter}-${randomUUID()}`;
  const slug = `company-${letter.toLowerCase()}`;
  await db.insert(schema.organization).values({ id: organizationId, name: `Company ${letter}`, slug: organizationId });
  await db.insert(schema.member).values({ id: randomUUID(), organizationId, userId: ownerId, role: "owner" });
  const published = profile(letter, country);
  const [company] = await db
    .insert(schema.companies)
    .values({
      organizationId,
      slug,
      country,
      taxId,
      legalName: published.legalName,
      status: "published",
      profile: storedProfile(published),
      published: storedProfile(published),
      publishedAt: now,
      region: published.region,
      sectors: published.sectors,
      hsChapters: published.hsChapters,
    })
    .returning({ id: schema.companies.id });
  if (company === undefined) throw new Error("company not seeded");
  const content = listingContent(letter, "Dried apricots");
  const [publishedListing] = await db
    .insert(schema.listings)
    .values({
      companyId: company.id,
      kind: "offer",
      status: "published",
      content,
      published: content,
      publishedAt: now,
      sectors: ["10"],
      hsChapters: ["08"],
      cooperationKinds: ["supply"],
      direction: "export",
      validUntil: new Date(now.getTime() + 90 * 24 * 3600 * 1000),
      createdBy: ownerId,
    })
    .returning({ id: schema.listings.id });
  const [draftListing] = await db
    .insert(schema.listings)
    .values({ companyId: company.id, kind: "offer", content: listingContent(letter, "Raisins draft"), createdBy: ownerId })
    .returning({ id: schema.listings.id });
  const invitationId = randomUUID();
  await db.insert(schema.invitation).values({
    id: invitationId,
    organizationId,
    email: `invitee-${letter.toLowerCase()}@secret-mail.example`,
    role: "member",
    status: "pending",
    expiresAt: new Date(now.getTime() + 7 * 24 * 3600 * 1000),
    inviterId: ownerId,
  });
  if (publishedListing === undefined || draftListing === undefined) throw new Error("listings not seeded");
  return {
    id: company.id,
    organizationId,
    slug,
    publishedListingId: publishedListing.id,
    draftListingId: draftListing.id,
    invitationId,
    secrets: [published.contactEmail, published.contactPhone],
  };
}

async function seedRequest(db: Db, from: string, to: string, status: "pending" | "accepted", now: Date, listingId?: string) {
  const [request] = await db
    .insert(schema.contactRequests)
    .values({
      senderCompanyId: from,
      recipientCompanyId: to,
      listingId: listingId ?? null,
      purpose: "buy",
      message: "We would like to talk about a supply contract.",
      status,
      idempotencyKey: randomUUID(),
      createdAt: now,
      respondedAt: status === "accepted" ? now : null,
      expiresAt: new Date(now.getTime() + 30 * 24 * 3600 * 1000),
    })
    .returning({ id: schema.contactRequests.id });
  if (request === undefined) throw new Error("request not seeded");
  return request.id;
}

async function seedConversation(db: Db, a: string, b: string, now: Date) {
  const requestId = await seedRequest(db, a, b, "accepted", now);
  const [conversation] = await db
    .insert(schema.conversations)
    .values({ requestId, companyA: a, companyB: b, createdAt: now, lastMessageAt: now })
    .returning({ id: schema.conversations.id });
  if (conversation === undefined) throw new Error("conversation not seeded");
  await db.insert(schema.messages).values([
    { conversationId: conversation.id, senderCompanyId: a, body: "Hello, can you ship 20 t?", createdAt: now },
    { conversationId: conversation.id, senderCompanyId: b, body: "Yes, in May.", createdAt: now },
  ]);
  return conversation.id;
}

function sessionOf(id: string, email: string, role: Role, organizationId: string | null): Session | null {
  if (role === "anonymous") return null;
  const person = people[role];
  return {
    user: { id, email, name: `User ${role}`, role: person.role, emailVerified: person.verified, banned: person.banned, locale: "en" },
    session: { id: `session-${id}`, activeOrganizationId: organizationId },
  };
}

/** Seeds the world into an empty (migrated) database. */
export async function seedWorld(db: Db, now = new Date()): Promise<World> {
  const suffix = randomUUID().slice(0, 8);
  const userIds = Object.fromEntries(
    [...Object.keys(people), "ownerC"].map((key) => [key, `user-${key}-${suffix}`]),
  ) as World["userIds"];
  const emailOf = (key: string) => `${key.toLowerCase()}-${suffix}@secret-mail.example`;
  await db.insert(schema.user).values(
    [...Object.entries(people), ["ownerC", { role: "user", verified: true, banned: false }] as const].map(([key, person]) => ({
      id: userIds[key as keyof World["userIds"]],
      name: `User ${key}`,
      email: emailOf(key),
      emailVerified: person.verified,
      role: person.role,
      banned: person.banned,
    })),
  );
  const a = await seedCompany(db, "A", "UZ", "301234567", userIds.owner, now);
  const b = await seedCompany(db, "B", "AZ", "1400057421", userIds.otherOwner, now);
  const c = await seedCompany(db, "C", "AZ", "1400057431", userIds.ownerC, now);
  // The member and the banned person both belong to A (a ban must win over a membership).
  await db.insert(schema.member).values([
    { id: randomUUID(), organizationId: a.organizationId, userId: userIds.member, role: "member" },
    { id: randomUUID(), organizationId: a.organizationId, userId: userIds.banned, role: "member" },
  ]);
  // Public search finds them (search documents are written by the application, not by triggers).
  for (const company of [a, b, c]) await refreshSearchDocumentsForCompany(db, company.id, now);
  const requestToA = await seedRequest(db, b.id, a.id, "pending", now, a.publishedListingId);
  const requestToB = await seedRequest(db, c.id, b.id, "pending", now, b.publishedListingId);
  const conversationA = await seedConversation(db, a.id, c.id, now);
  const conversationB = await seedConversation(db, b.id, c.id, now);
  const event = await seedEventWorld(db, { now, a: a.id, b: b.id, c: c.id, ownerIds: [userIds.owner, userIds.otherOwner, userIds.ownerC] });

  const [report] = await db
    .insert(schema.reports)
    .values({ reporterId: userIds.otherOwner, targetType: "company", targetId: a.id, reason: "spam", note: "Looks fake." })
    .returning({ id: schema.reports.id });
  const [appeal] = await db
    .insert(schema.appeals)
    .values({
      companyId: a.id,
      kind: "decision",
      itemType: "company",
      itemId: a.id,
      subjectKey: `company:${a.id}:seed`,
      authorId: userIds.owner,
      message: "Please look at our profile again.",
    })
    .returning({ id: schema.appeals.id });
  if (report === undefined || appeal === undefined) throw new Error("report or appeal not seeded");
  const [apiKey] = await db
    .insert(schema.apiKeys)
    .values({
      organisationName: "Chamber of Commerce",
      contactEmail: "api-contact@secret-mail.example",
      scopes: ["search"],
      keyPrefix: "krv_seeded00",
      keyHash: "0".repeat(64),
      rateLimitPerMinute: 60,
      createdBy: userIds.admin,
    })
    .returning({ id: schema.apiKeys.id });
  if (apiKey === undefined) throw new Error("api key not seeded");

  const advisers = await seedAdvisers(db, c.id, userIds.ownerC, emailOf("member"));

  const organizationOf: Record<Role, string | null> = {
    anonymous: null,
    unverified: null,
    banned: a.organizationId,
    member: a.organizationId,
    owner: a.organizationId,
    otherOwner: b.organizationId,
    moderator: null,
    admin: null,
  };
  const sessions = Object.fromEntries(
    [...Object.keys(people), "anonymous"].map((key) => {
      const role = key as Role;
      const id = role === "anonymous" ? "" : userIds[role];
      return [role, sessionOf(id, emailOf(role), role, organizationOf[role])];
    }),
  ) as Record<Role, Session | null>;
  const strip = ({ secrets: _secrets, ...company }: typeof a): SeededCompany => company;
  return {
    sessions,
    userIds,
    companyA: strip(a),
    companyB: strip(b),
    companyC: strip(c),
    requestToA,
    requestToB,
    conversationA,
    conversationB,
    reportId: report.id,
    appealId: appeal.id,
    apiKeyId: apiKey.id,
    event,
    advisers,
    secrets: [...a.secrets, ...b.secrets, ...c.secrets, ...[...Object.keys(people), "ownerC"].map(emailOf), "invitee-a@secret-mail.example", "invitee-b@secret-mail.example", "api-contact@secret-mail.example", "consent-c@secret-mail.example"],
  };
}

/** Organisations of advisers: one pending, one approved and linked to company C awaiting C's consent. */
async function seedAdvisers(db: Db, companyId: string, adviserUserId: string, inviteeEmail: string): Promise<World["advisers"]> {
  const [pending, approved] = await db
    .insert(schema.adviserOrganizations)
    .values([
      { name: "Chamber awaiting approval", kind: "chamber", country: "UZ", createdBy: adviserUserId },
      { name: "Export agency", kind: "agency", country: "AZ", status: "approved", createdBy: adviserUserId },
    ])
    .returning({ id: schema.adviserOrganizations.id });
  if (pending === undefined || approved === undefined) throw new Error("adviser organisations not seeded");
  const consentToken = randomBytes(32).toString("base64url");
  const consentTokenHash = createHash("sha256").update(consentToken, "utf8").digest("hex");
  await db.insert(schema.companyAdvisers).values({ companyId, organizationId: approved.id, consentEmail: "consent-c@secret-mail.example", consentTokenHash });
  await db.insert(schema.advisers).values({ organizationId: approved.id, userId: adviserUserId });
  // An act in C's name, as the consent link's list of them shows it: the adviser's name, never its address or the IP.
  await db.insert(schema.auditLog).values({
    actorId: adviserUserId,
    action: "adviser.company.edit",
    targetType: "company",
    targetId: companyId,
    after: { adviserOrganizationId: approved.id, organization: "Export agency", fields: ["city"] },
    ip: "198.51.100.23",
  });
  const [invitation] = await db
    .insert(schema.adviserInvitations)
    .values({ organizationId: approved.id, email: inviteeEmail, inviterId: adviserUserId, expiresAt: new Date("2100-01-01T00:00:00Z") })
    .returning({ id: schema.adviserInvitations.id });
  if (invitation === undefined) throw new Error("adviser invitation not seeded");
  // A hand-over link for C as its contact address would receive it; no role of the world has that address.
  const claimToken = signClaimToken({ companyId, consentTokenHash }, new Date());
  return { pendingOrganizationId: pending.id, consentToken, claimToken, adviserUserId, invitationId: invitation.id };
}
