/** A company registers for an event, says when it can meet, and the organiser lets it in. */
import type { EventRegistrationInput } from "@karvon/data";
import {
  getRegistration,
  listCompanyMatchSides,
  listCompanyPeople,
  listEventSlots,
  setAvailability,
  upsertRegistration,
  type CompanyRow,
  type Db,
  type EventRegistrationRow,
  type EventRow,
} from "@karvon/db";
import { isEventPublic, refuse } from "./access";
import { isPlacementClash } from "./db-errors";

function isOpenForRegistration(event: EventRow, now: Date): boolean {
  return isEventPublic(event, now) && event.registrationOpensAt <= now && now < event.registrationClosesAt;
}

export function isPublicCompany(company: CompanyRow): boolean {
  return company.published !== null && company.suspendedAt === null && company.deletedAt === null;
}

/** Every chosen slot must belong to the event; none chosen means all of them. */
async function chosenSlots(db: Db, eventId: string, slotIds: readonly string[] | undefined): Promise<string[]> {
  const all = (await listEventSlots(db, eventId)).map((slot) => slot.id);
  if (slotIds === undefined || slotIds.length === 0) return all;
  const known = new Set(all);
  if (slotIds.some((slotId) => !known.has(slotId))) refuse("BAD_REQUEST", "errors.event.slotNotInEvent");
  return [...new Set(slotIds)];
}

export async function writeAvailability(db: Db, params: { registrationId: string; eventId: string; slotIds: readonly string[] | undefined }) {
  const slotIds = await chosenSlots(db, params.eventId, params.slotIds);
  try {
    // In a savepoint: a refused removal (a meeting holds that slot) must not abort the caller's transaction.
    await db.transaction((savepoint) => setAvailability(savepoint, params.registrationId, slotIds));
  } catch (error) {
    if (isPlacementClash(error)) refuse("CONFLICT", "errors.event.slotHasMeeting");
    throw error;
  }
}

/**
 * Registers the company (or updates its registration): attendees must be its members, listings its own public
 * ones. A registry-confirmed company is approved at once when the event says so; others wait for the organiser.
 */
export async function registerCompany(
  db: Db,
  params: { event: EventRow; company: CompanyRow; input: EventRegistrationInput; now: Date },
): Promise<EventRegistrationRow> {
  const { event, company, input, now } = params;
  if (!isPublicCompany(company)) refuse("FORBIDDEN", "errors.event.companyNotPublished");
  if (!isOpenForRegistration(event, now)) refuse("BAD_REQUEST", "errors.event.registrationClosed");
  const people = new Set((await listCompanyPeople(db, company.id)).map((person) => person.userId));
  if (input.attendeeIds.some((userId) => !people.has(userId))) refuse("BAD_REQUEST", "errors.event.attendeeNotMember");
  const listings = new Set((await listCompanyMatchSides(db, { companyId: company.id, limit: 500 })).map((side) => side.listingId));
  if (input.listingIds.some((listingId) => !listings.has(listingId))) refuse("BAD_REQUEST", "errors.event.listingNotOwn");

  return db.transaction(async (tx) => {
    const existing = await getRegistration(tx, { eventId: event.id, companyId: company.id });
    const autoApproved = event.autoApproveVerified && company.verificationLevel === "registry-confirmed";
    const registration = await upsertRegistration(tx, {
      eventId: event.id,
      companyId: company.id,
      attendeeIds: [...new Set(input.attendeeIds)],
      listingIds: [...new Set(input.listingIds)],
      status: autoApproved ? "approved" : "pending",
      at: now,
    });
    if (existing === null || input.slotIds !== undefined) {
      await writeAvailability(tx, { registrationId: registration.id, eventId: event.id, slotIds: input.slotIds });
    }
    return registration;
  });
}
