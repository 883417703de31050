/**
 * Who may call what: one row per tRPC procedure, one verdict per role. The test beside this file fails when a
 * procedure has no row, so every new procedure is reviewed here before it ships. HTTP endpoints outside tRPC
 * (better-auth, route handlers, metadata routes, /dev pages) have their own table in http-endpoints.ts.
 *
 * Verdicts:
 * - "allow": the call is authorized — it may still fail for a domain reason (BAD_REQUEST, CONFLICT…), never with
 *   UNAUTHORIZED, FORBIDDEN or NOT_FOUND;
 * - "deny": refused with UNAUTHORIZED or FORBIDDEN;
 * - "hidden": refused with NOT_FOUND — the house rule for another company's things, so that nobody learns that
 *   an unpublished company, a draft or a conversation exists.
 *
 * The sample inputs point at company A's things (see support/world.ts): "member" and "owner" belong to A,
 * "otherOwner" owns the rival company B, "banned" is a banned member of A.
 */
import { randomUUID } from "node:crypto";
import { companyCsv, fergana, uploadOf } from "../support/company-files";
import { sampleEventInput } from "../support/events-fixture";
import type { Role, World } from "./support/world";

export type Verdict = "allow" | "deny" | "hidden";
export type MatrixRow = {
  /** A valid input for the procedure, as the given role would send it. */
  input: (world: World, role: Role) => unknown;
  access: Record<Role, Verdict>;
};

/** Public: anyone, signed in or not (a ban does not hide public pages). */
const everyone: Record<Role, Verdict> = {
  anonymous: "allow",
  unverified: "allow",
  banned: "allow",
  member: "allow",
  owner: "allow",
  otherOwner: "allow",
  moderator: "allow",
  admin: "allow",
};

/** Any signed-in person who is not banned, about their own things. */
const signedIn: Record<Role, Verdict> = { ...everyone, anonymous: "deny", banned: "deny" };

/** Members of company A (any role in it); everybody else is told it does not exist. */
const membersOfA: Record<Role, Verdict> = {
  anonymous: "deny",
  unverified: "hidden",
  banned: "deny",
  member: "allow",
  owner: "allow",
  otherOwner: "hidden",
  moderator: "hidden",
  admin: "hidden",
};

/** Members of A and staff (moderators review every company). */
const readersOfA: Record<Role, Verdict> = { ...membersOfA, moderator: "allow", admin: "allow" };

/** The owner of A only; members are told they may not. */
const ownerOfA: Record<Role, Verdict> = { ...membersOfA, member: "deny" };

/**
 * Contact area: the caller acts for a company; people without one (the unverified person, staff) are refused
 * with FORBIDDEN "errors.contact.noCompany". A's things are hidden from B.
 */
const actingForA: Record<Role, Verdict> = { ...membersOfA, unverified: "deny", moderator: "deny", admin: "deny" };

/** Contact area, acting for any company (A's people and B's owner alike). */
const actingForAnyCompany: Record<Role, Verdict> = { ...actingForA, otherOwner: "allow" };

/** The advisers of a company's organisation: none of the world's roles, so signed-in people are told "not found". */
const advisersOnly: Record<Role, Verdict> = {
  anonymous: "deny",
  unverified: "hidden",
  banned: "deny",
  member: "hidden",
  owner: "hidden",
  otherOwner: "hidden",
  moderator: "hidden",
  admin: "hidden",
};

/** Moderators and admins. */
const staffOnly: Record<Role, Verdict> = {
  anonymous: "deny",
  unverified: "deny",
  banned: "deny",
  member: "deny",
  owner: "deny",
  otherOwner: "deny",
  moderator: "allow",
  admin: "allow",
};

/** Admins only. */
const adminOnly: Record<Role, Verdict> = { ...staffOnly, moderator: "deny" };

/** The holder of one mailbox none of the world's roles has (a company's contact address): refused to all of them. */
const contactMailboxOnly: Record<Role, Verdict> = { ...adminOnly, admin: "deny" };

/** A complete, valid offer. */
const sampleListing = {
  kind: "offer",
  title: { en: "Dried apricots, 20 t a month" },
  description: { en: "Sun-dried apricots from the Fergana valley, packed in 10 kg boxes." },
  sectors: ["10"],
  cooperationKinds: ["supply"],
  direction: "export",
};

/** A 1×1 transparent PNG. */
const tinyPng =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

const companyA = (world: World) => ({ companyId: world.companyA.id });

/** A complete, valid event with the day plan of the world's event (09:00–11:00, 30-minute meetings, 5 tables). */
const sampleEvent = (slug: string) =>
  sampleEventInput({
    slug, startDate: "2030-05-21", endDate: "2030-05-21", dayEnd: "11:00", tableCount: 5,
    registrationOpensAt: new Date("2030-01-01T00:00:00Z"), registrationClosesAt: new Date("2030-05-01T00:00:00Z"),
  });

export const authorizationMatrix: Record<string, MatrixRow> = {
  // account
  "account.profile": { input: () => undefined, access: signedIn },
  "account.updateProfile": { input: () => ({ name: "Renamed Person", locale: "ru" }), access: signedIn },
  "account.exportData": { input: () => undefined, access: signedIn },
  "account.delete": {
    input: (world, role) => ({ confirmEmail: world.sessions[role]?.user.email ?? "nobody@example.com" }),
    access: signedIn,
  },

  // company
  "company.create": {
    input: () => ({ legalName: "Fresh Start LLC", country: "UZ", taxId: "301234569" }),
    access: signedIn,
  },
  "company.saveDraft": { input: (world) => ({ ...companyA(world), patch: { city: "Samarkand" } }), access: membersOfA },
  "company.submit": { input: (world) => ({ ...companyA(world), consent: true }), access: membersOfA },
  "company.mine": { input: () => undefined, access: signedIn },
  // The company a person acts for: only one of their own companies can be chosen; others do not exist for them.
  "actingCompany.current": { input: () => undefined, access: signedIn },
  "actingCompany.set": { input: companyA, access: membersOfA },
  "company.byIdForMember": { input: companyA, access: readersOfA },
  "company.bySlug": { input: (world) => ({ slug: world.companyA.slug }), access: everyone },
  "company.uploadLogo": { input: (world) => ({ ...companyA(world), dataUrl: tinyPng }), access: membersOfA },
  "company.listMembers": { input: companyA, access: readersOfA },
  "company.invite": { input: (world) => ({ ...companyA(world), email: "new.colleague@example.com" }), access: ownerOfA },
  // Anyone holding the link sees what it is about; the page then tells them whether it is for them.
  "company.invitation": { input: (world) => ({ invitationId: world.companyA.invitationId }), access: signedIn },
  // The invitation is addressed to nobody of the matrix: every signed-in person gets FORBIDDEN (other e-mail).
  "company.acceptInvitation": {
    input: (world) => ({ invitationId: world.companyA.invitationId }),
    access: { ...signedIn, unverified: "deny", member: "deny", owner: "deny", otherOwner: "deny", moderator: "deny", admin: "deny" },
  },
  // The member may leave; the owner may remove the member.
  "company.removeMember": { input: (world) => ({ ...companyA(world), userId: world.userIds.member }), access: membersOfA },
  "company.transferOwnership": {
    input: (world) => ({ ...companyA(world), userId: world.userIds.member }),
    access: ownerOfA,
  },

  // contact
  "contact.send": {
    input: (world) => ({
      targetCompanyId: world.companyC.id,
      purpose: "buy",
      message: "We would like to buy dried apricots from you.",
      idempotencyKey: randomUUID(),
    }),
    access: actingForAnyCompany,
  },
  "contact.inbox": { input: () => ({}), access: signedIn },
  // B sent this request to A: A accepts or declines it; for B it is not there to answer.
  "contact.accept": { input: (world) => ({ requestId: world.requestToA }), access: actingForA },
  "contact.decline": { input: (world) => ({ requestId: world.requestToA, reason: "no-capacity" }), access: actingForA },
  // Only the sender (B) may withdraw it; for A it is not theirs to withdraw.
  "contact.withdraw": {
    input: (world) => ({ requestId: world.requestToA }),
    access: { ...actingForA, member: "hidden", owner: "hidden", otherOwner: "allow" },
  },
  "contact.conversations.list": { input: () => ({}), access: signedIn },
  "contact.conversations.byId": { input: (world) => ({ conversationId: world.conversationA }), access: actingForA },
  "contact.conversations.send": {
    input: (world) => ({ conversationId: world.conversationA, body: "Any news?", idempotencyKey: randomUUID() }),
    access: actingForA,
  },
  "contact.markRead": { input: (world) => ({ conversationId: world.conversationA }), access: actingForA },
  // Answers null for visitors and banned people rather than refusing: the header asks on every page.
  "contact.unreadCount": { input: () => ({}), access: everyone },
  // Answers null unless an accepted request links the two companies.
  "contact.contactDetails": { input: (world) => ({ companyId: world.companyC.id }), access: signedIn },
  "contact.responseStats": { input: companyA, access: everyone },

  // listing
  "listing.create": { input: (world) => ({ ...companyA(world), listing: sampleListing }), access: membersOfA },
  "listing.saveDraft": { input: (world) => ({ listingId: world.companyA.draftListingId, listing: sampleListing }), access: membersOfA },
  "listing.submit": { input: (world) => ({ listingId: world.companyA.draftListingId }), access: membersOfA },
  "listing.update": { input: (world) => ({ listingId: world.companyA.publishedListingId, listing: sampleListing }), access: membersOfA },
  "listing.renew": { input: (world) => ({ listingId: world.companyA.publishedListingId }), access: membersOfA },
  "listing.mine": { input: companyA, access: membersOfA },
  "listing.workingCopy": { input: (world) => ({ listingId: world.companyA.draftListingId }), access: membersOfA },
  "listing.byId": { input: (world) => ({ listingId: world.companyA.publishedListingId }), access: everyone },
  "listing.byCompany": { input: companyA, access: everyone },
  "listing.similar": { input: (world) => ({ listingId: world.companyA.publishedListingId }), access: everyone },
  "listing.partners": { input: (world) => ({ listingId: world.companyA.publishedListingId }), access: everyone },

  // search
  "search.query": { input: () => ({ q: "apricots" }), access: everyone },
  "search.partnersForYou": { input: () => ({}), access: signedIn },
  // Anyone may report a search that found nothing (the server re-runs it; no personal data is logged).
  "search.recordMiss": { input: () => ({ q: "qwxzv-nothing-like-this" }), access: everyone },

  // notifications: each person's own and their companies' notices; unknown ids change nothing
  "notification.list": { input: () => ({}), access: signedIn },
  "notification.unreadCount": { input: () => ({}), access: everyone },
  "notification.markRead": { input: () => ({ ids: [randomUUID()] }), access: signedIn },
  "savedSearch.save": { input: () => ({ name: "Apricots", query: { q: "apricots" }, locale: "en" }), access: signedIn },
  "savedSearch.list": { input: () => ({}), access: signedIn },
  // Someone else's (or no) saved search: answered NOT_FOUND.
  "savedSearch.delete": {
    input: () => ({ id: "00000000-0000-4000-8000-000000000001" }),
    access: { ...signedIn, unverified: "hidden", member: "hidden", owner: "hidden", otherOwner: "hidden", moderator: "hidden", admin: "hidden" },
  },
  // The token in the mail is the credential: anyone holding it may unsubscribe; an unknown token answers the
  // same as a known one (nothing to enumerate).
  "savedSearch.unsubscribe": { input: () => ({ token: "unknown-token-unknown-token" }), access: everyone },
  "seo.sitemap": { input: () => undefined, access: everyone },

  // reports and appeals
  "report.create": {
    input: (world) => ({ targetType: "company", targetId: world.companyB.id, reason: "spam", note: "Looks fake." }),
    access: signedIn,
  },
  // Only A's owner may appeal a decision on A (A is public: refusing with FORBIDDEN reveals nothing).
  "appeal.create": {
    input: (world) => ({ itemType: "company", itemId: world.companyA.id, message: "Please review our profile again." }),
    access: { ...staffOnly, moderator: "deny", admin: "deny", owner: "allow" },
  },
  // A's members read the appeal of a decision on A; everybody else is told A's appeal does not exist.
  "appeal.forItem": { input: (world) => ({ itemType: "company", itemId: world.companyA.id }), access: membersOfA },

  // moderation
  "moderation.me": { input: () => ({}), access: staffOnly },
  "moderation.queues": { input: () => ({}), access: staffOnly },
  "moderation.counts": { input: () => ({}), access: staffOnly },
  "moderation.claim": { input: (world) => ({ itemType: "company", itemId: world.companyA.id }), access: staffOnly },
  "moderation.release": { input: (world) => ({ itemType: "company", itemId: world.companyA.id }), access: staffOnly },
  "moderation.reviewItem": { input: (world) => ({ itemType: "company", itemId: world.companyA.id }), access: staffOnly },
  "moderation.decide": {
    input: (world) => ({ itemType: "company", itemId: world.companyA.id, version: 1, decision: "approve" }),
    access: staffOnly,
  },
  "moderation.confirmRegistry": { input: companyA, access: staffOnly },
  "moderation.reports.list": { input: () => ({}), access: staffOnly },
  "moderation.reports.resolve": {
    input: (world) => ({ reportId: world.reportId, action: "dismiss", reasons: [], note: "Checked." }),
    access: staffOnly,
  },
  "moderation.appeals.list": { input: () => ({}), access: adminOnly },
  // Files of companies: the sample file holds one valid row, so an allowed call imports it (once).
  "companyImport.preview": { input: () => uploadOf(companyCsv([fergana])), access: staffOnly },
  "companyImport.run": { input: () => uploadOf(companyCsv([fergana])), access: staffOnly },
  // Organisations of advisers and the consent of their companies (no role of the world advises a company).
  "advisers.register": {
    input: () => ({ name: "Namangan chamber", kind: "chamber", country: "UZ", contactName: "Dilshod Rahimov", contactEmail: "info@chamber.example", contactPhone: "+998 69 234 56 78" }),
    access: signedIn,
  },
  "advisers.mine": { input: () => ({}), access: signedIn },
  "advisers.portfolio": { input: () => ({}), access: signedIn },
  "advisers.pending": { input: () => ({}), access: staffOnly },
  "advisers.decide": { input: (world) => ({ organizationId: world.advisers.pendingOrganizationId, decision: "reject", reason: "Unknown organisation." }), access: staffOnly },
  // Acting in a company's name needs the company's confirmation: company C has not confirmed its adviser, and no
  // role of the world is an adviser, so everybody is told the company (or the request to A) does not exist.
  "advisers.client": { input: (world) => ({ companyId: world.companyC.id }), access: advisersOnly },
  "advisers.createListing": { input: (world) => ({ companyId: world.companyC.id, listing: sampleListing }), access: advisersOnly },
  "advisers.contactRequests": { input: (world) => ({ companyId: world.companyC.id }), access: advisersOnly },
  "advisers.acceptContactRequest": { input: (world) => ({ requestId: world.requestToA }), access: advisersOnly },
  "advisers.declineContactRequest": { input: (world) => ({ requestId: world.requestToA, reason: "no-capacity" }), access: advisersOnly },
  // The link mailed to the company's own address is the key: whoever holds it answers for the company.
  "advisers.consent": { input: (world) => ({ token: world.advisers.consentToken }), access: everyone },
  "advisers.confirm": { input: (world) => ({ token: world.advisers.consentToken }), access: everyone },
  "advisers.withdraw": { input: (world) => ({ token: world.advisers.consentToken }), access: everyone },
  "advisers.claimInfo": { input: (world) => ({ token: world.advisers.claimToken }), access: everyone },
  // Only the company's contact address may take it over: everybody else, signed in or not, is refused.
  "advisers.claim": { input: (world) => ({ token: world.advisers.claimToken }), access: contactMailboxOnly },
  // What the organisation did in the company's name: by the consent link for whoever holds it (names only, never
  // an address), and for the company's own members; only its owner withdraws the adviser (A has none: CONFLICT).
  "advisers.consentActivity": { input: (world) => ({ token: world.advisers.consentToken }), access: everyone },
  "advisers.companyAdviser": { input: (world) => ({ companyId: world.companyA.id }), access: membersOfA },
  "advisers.companyActivity": { input: (world) => ({ companyId: world.companyA.id }), access: membersOfA },
  "advisers.withdrawCompanyAdviser": { input: (world) => ({ companyId: world.companyA.id }), access: ownerOfA },
  "advisers.editCompany": { input: (world) => ({ companyId: world.companyC.id, patch: { city: "Qoʻqon" } }), access: advisersOnly },
  // A client's profile in its adviser's hands: only once the client confirmed (C has not), members' form and rules.
  "advisers.clientProfile": { input: (world) => ({ companyId: world.companyC.id }), access: advisersOnly },
  "advisers.clientPreview": { input: (world) => ({ companyId: world.companyC.id }), access: advisersOnly },
  "advisers.uploadCompanyLogo": { input: (world) => ({ companyId: world.companyC.id, dataUrl: tinyPng }), access: advisersOnly },
  "advisers.submitCompany": { input: (world) => ({ companyId: world.companyC.id, consent: true }), access: advisersOnly },
  // The people of an organisation: no role of the world is an adviser, so nobody manages a team; another
  // organisation's invitations and people read as unknown. Accepting needs the invited address (A's member's).
  "advisers.team": { input: () => ({}), access: { ...signedIn, unverified: "deny", member: "deny", owner: "deny", otherOwner: "deny", moderator: "deny", admin: "deny" } },
  "advisers.invite": { input: () => ({ email: "colleague@example.uz", locale: "uz" }), access: { ...signedIn, unverified: "deny", member: "deny", owner: "deny", otherOwner: "deny", moderator: "deny", admin: "deny" } },
  "advisers.revokeInvitation": { input: (world) => ({ invitationId: world.advisers.invitationId }), access: advisersOnly },
  "advisers.removeAdviser": { input: (world) => ({ userId: world.advisers.adviserUserId }), access: advisersOnly },
  "advisers.invitation": { input: (world) => ({ invitationId: world.advisers.invitationId }), access: signedIn },
  "advisers.acceptInvitation": { input: (world) => ({ invitationId: world.advisers.invitationId }), access: { ...signedIn, owner: "deny", otherOwner: "deny", moderator: "deny", admin: "deny", unverified: "deny" } },
  "apiKey.list": { input: () => ({}), access: adminOnly },
  "apiKey.create": {
    input: () => ({ organisationName: "Chamber of Commerce", contactEmail: "api@chamber.example", scopes: ["search"], rateLimitPerMinute: 60 }),
    access: adminOnly,
  },
  "apiKey.revoke": { input: (world) => ({ id: world.apiKeyId }), access: adminOnly },
  "moderation.appeals.decide": { input: (world) => ({ appealId: world.appealId, outcome: "denied", note: "Stands." }), access: adminOnly },
  "moderation.staff.list": { input: () => ({}), access: adminOnly },
  "moderation.staff.setRole": { input: (world) => ({ userId: world.userIds.member, role: "moderator" }), access: adminOnly },
  "moderation.staff.setCountries": { input: (world) => ({ userId: world.userIds.moderator, countries: ["UZ"] }), access: adminOnly },
  "moderation.audit.list": { input: () => ({}), access: adminOnly },
  "moderation.audit.export": { input: () => ({}), access: adminOnly },
  "moderation.analytics.overview": { input: () => ({}), access: adminOnly },
  "moderation.outbox.list": { input: () => ({}), access: adminOnly },
  "moderation.outbox.byId": { input: () => ({ id: randomUUID() }), access: adminOnly },

  // cooperation page
  "cooperation.live": { input: () => ({}), access: everyone },
  "cooperation.activity": { input: () => ({}), access: everyone },
  "cooperation.opportunities": { input: () => ({}), access: everyone },

  // stats
  "stats.companiesByCountry": { input: () => undefined, access: everyone },

  // events: the organiser is staff; participants act for their company (A), named in the input; B is the other
  // company at the same event; a visitor reads only the public event page.
  "events.list": { input: () => undefined, access: everyone },
  "events.bySlug": { input: (world) => ({ slug: world.event.slug }), access: everyone },
  "events.outcomeTotals": { input: () => undefined, access: everyone },
  "events.create": { input: () => sampleEvent(`matrix-${randomUUID().slice(0, 8)}`), access: staffOnly },
  "events.update": { input: (world) => ({ eventId: world.event.id, event: sampleEvent(world.event.slug) }), access: staffOnly },
  "events.staffList": { input: () => undefined, access: staffOnly },
  "events.registrations": { input: (world) => ({ eventId: world.event.id }), access: staffOnly },
  "events.decideRegistration": { input: (world) => ({ registrationId: world.event.registrationA, decision: "approved" }), access: staffOnly },
  "events.checkIn": { input: (world) => ({ registrationId: world.event.registrationA, checkedIn: true }), access: staffOnly },
  "events.meetings": { input: (world) => ({ eventId: world.event.id }), access: staffOnly },
  "events.moveMeeting": { input: (world) => ({ meetingId: world.event.meetingA, slotId: world.event.slotIds[2] ?? "" }), access: staffOnly },
  "events.cancelMeeting": { input: (world) => ({ meetingId: world.event.meetingA }), access: staffOnly },
  "events.markNoShow": { input: (world) => ({ meetingId: world.event.meetingA }), access: staffOnly },
  "events.register": {
    input: (world) => ({ eventId: world.event.id, ...companyA(world), attendeeIds: [world.userIds.owner], listingIds: [] }),
    access: membersOfA,
  },
  "events.myRegistration": { input: (world) => ({ eventId: world.event.id, ...companyA(world) }), access: membersOfA },
  "events.setAvailability": {
    input: (world) => ({ eventId: world.event.id, ...companyA(world), slotIds: world.event.slotIds }),
    access: membersOfA,
  },
  "events.catalogue": { input: (world) => ({ eventId: world.event.id, ...companyA(world) }), access: membersOfA },
  "events.sendRequest": {
    input: (world) => ({ eventId: world.event.id, fromCompanyId: world.companyA.id, toCompanyId: world.companyB.id, message: "Let us meet at the forum." }),
    access: membersOfA,
  },
  "events.requests": { input: (world) => ({ eventId: world.event.id, ...companyA(world) }), access: membersOfA },
  // B asked A: A answers; for B it is not there to answer, and only B may withdraw it.
  "events.accept": { input: (world) => ({ requestId: world.event.requestToA }), access: membersOfA },
  "events.decline": { input: (world) => ({ requestId: world.event.requestToA }), access: membersOfA },
  "events.withdraw": {
    input: (world) => ({ requestId: world.event.requestToA }),
    access: { ...membersOfA, member: "hidden", owner: "hidden", otherOwner: "allow" },
  },
  "events.agenda": { input: (world) => ({ eventId: world.event.id, ...companyA(world) }), access: membersOfA },
  "events.reportOutcome": {
    input: (world) => ({ meetingId: world.event.meetingA, ...companyA(world), outcome: "follow-up" }),
    access: membersOfA,
  },
};
