/**
 * Events: B2B meeting days. Public pages read published events and their approved participants (public profile
 * data only); staff (moderators, admins) organise; members act for a registered company, named in each input.
 */
import {
  checkInSchema,
  eventAvailabilitySchema,
  eventCompanySchema,
  eventIdSchema,
  eventInputSchema,
  eventPageOutputSchema,
  outcomeTotalsOutputSchema,
  publicEventOutputSchema,
  eventRegistrationInputSchema,
  eventSlugSchema,
  eventUpdateSchema,
  meetingIdSchema,
  meetingMoveSchema,
  meetingOutcomeInputSchema,
  meetingRequestIdSchema,
  meetingRequestInputSchema,
  participantCataloguePageSize,
  participantCatalogueSchema,
  registrationDecisionSchema,
} from "@karvon/data";
import {
  decideRegistration,
  eventCompaniesMatchingText,
  getEventBySlug,
  getRegistration,
  getRegistrationById,
  listAllEvents,
  listAvailability,
  listCompanyMatchSides,
  listCompanyPeople,
  listEventParticipants,
  listEventSlots,
  listPublishedEvents,
  listRequestsOfRegistration,
  outcomeTotals,
  type EventRow,
} from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { companyNameOf } from "../contact/parties";
import { protectedProcedure, publicProcedure, staffProcedure } from "../trpc";
import { eventNotFound, isEventPublic, requireEventForStaff, requireMemberOf, requireParticipant, requireVisibleEvent } from "./access";
import { agendaOf } from "./agenda";
import { createEvent, editEvent } from "./event-admin";
import { checkIn, meetingsWithOutcomes, moveMeetingTo, reportOutcome, setMeetingState } from "./meetings";
import { filterCatalogue, listPublicParticipants, publicParticipant, suggestMeetings } from "./participants";
import { registerCompany, writeAvailability } from "./registration";
import { acceptMeetingRequest, declineMeetingRequest, sendMeetingRequest, withdrawMeetingRequest } from "./requests";

/** What anyone may read of an event (no creator, no internal ids beyond the event's). */
function publicEvent(event: EventRow) {
  const { createdBy: _createdBy, ...rest } = event;
  return rest;
}


export const eventsRouter = {
  // ─── public ──────────────────────────────────────────────────────────────────────────────────────────
  list: publicProcedure.output(z.array(publicEventOutputSchema)).query(async ({ ctx }) => (await listPublishedEvents(ctx.db, { now: ctx.clock.now() })).map(publicEvent)),

  /** The event's page: the event, its programme (slots), its participants and its reported outcomes. */
  bySlug: publicProcedure.input(eventSlugSchema).output(eventPageOutputSchema).query(async ({ ctx, input }) => {
    const event = await getEventBySlug(ctx.db, input.slug);
    if (event === null) eventNotFound();
    const visible = await requireVisibleEvent(ctx.db, ctx.session, event.id, ctx.clock.now());
    const [slots, participants, outcomes] = await Promise.all([
      listEventSlots(ctx.db, visible.id),
      listPublicParticipants(ctx.db, visible.id),
      outcomeTotals(ctx.db, visible.id),
    ]);
    return {
      event: publicEvent(visible),
      slots: slots.map((slot) => ({ id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt })),
      participants,
      outcomes,
      published: isEventPublic(visible, ctx.clock.now()),
    };
  }),

  /** Reported outcomes of every event together, for the cooperation dashboard. */
  outcomeTotals: publicProcedure.output(outcomeTotalsOutputSchema).query(async ({ ctx }) => outcomeTotals(ctx.db, null)),

  // ─── staff ───────────────────────────────────────────────────────────────────────────────────────────
  create: staffProcedure.input(eventInputSchema).mutation(async ({ ctx, input }) =>
    publicEvent(await createEvent(ctx.db, { input, userId: ctx.session.user.id, now: ctx.clock.now() })),
  ),
  update: staffProcedure.input(eventUpdateSchema).mutation(async ({ ctx, input }) =>
    publicEvent(await editEvent(ctx.db, { eventId: input.eventId, input: input.event, now: ctx.clock.now() })),
  ),
  staffList: staffProcedure.query(async ({ ctx }) => (await listAllEvents(ctx.db)).map(publicEvent)),
  /** Every registration with its company, status and check-in. */
  registrations: staffProcedure.input(eventIdSchema).query(async ({ ctx, input }) => {
    const event = await requireEventForStaff(ctx.db, input.eventId);
    const rows = await listEventParticipants(ctx.db, { eventId: event.id, publicOnly: false });
    return rows.map((row) => ({ ...publicParticipant(row), registrationId: row.registrationId, status: row.status, checkedInAt: row.checkedInAt, attendees: row.attendeeIds.length }));
  }),
  decideRegistration: staffProcedure.input(registrationDecisionSchema).mutation(async ({ ctx, input }) => {
    const registration = await getRegistrationById(ctx.db, input.registrationId);
    if (registration === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    return decideRegistration(ctx.db, { registrationId: registration.id, status: input.decision, at: ctx.clock.now() });
  }),
  checkIn: staffProcedure.input(checkInSchema).mutation(async ({ ctx, input }) =>
    checkIn(ctx.db, { registrationId: input.registrationId, checkedIn: input.checkedIn, now: ctx.clock.now() }),
  ),
  meetings: staffProcedure.input(eventIdSchema).query(async ({ ctx, input }) => {
    const event = await requireEventForStaff(ctx.db, input.eventId);
    const rows = await meetingsWithOutcomes(ctx.db, { eventId: event.id });
    return rows.map((row) => ({
      meetingId: row.meeting.id,
      status: row.meeting.status,
      tableNo: row.meeting.tableNo,
      slotId: row.meeting.slotId,
      startsAt: row.slot.startsAt,
      endsAt: row.slot.endsAt,
      from: { id: row.fromCompany.id, name: companyNameOf(row.fromCompany), country: row.fromCompany.country },
      to: { id: row.toCompany.id, name: companyNameOf(row.toCompany), country: row.toCompany.country },
      outcomes: row.outcomes.length,
    }));
  }),
  moveMeeting: staffProcedure.input(meetingMoveSchema).mutation(async ({ ctx, input }) =>
    moveMeetingTo(ctx.db, { meetingId: input.meetingId, slotId: input.slotId, tableNo: input.tableNo, now: ctx.clock.now(), publicUrl: ctx.config.publicUrl }),
  ),
  cancelMeeting: staffProcedure.input(meetingIdSchema).mutation(async ({ ctx, input }) =>
    setMeetingState(ctx.db, { meetingId: input.meetingId, status: "cancelled", now: ctx.clock.now(), publicUrl: ctx.config.publicUrl }),
  ),
  markNoShow: staffProcedure.input(meetingIdSchema).mutation(async ({ ctx, input }) =>
    setMeetingState(ctx.db, { meetingId: input.meetingId, status: "no-show", now: ctx.clock.now(), publicUrl: ctx.config.publicUrl }),
  ),

  // ─── participants (members acting for a company) ───────────────────────────────────────────────────
  register: protectedProcedure.input(eventRegistrationInputSchema).mutation(async ({ ctx, input }) => {
    const company = await requireMemberOf(ctx.db, ctx.session, input.companyId);
    const event = await requireVisibleEvent(ctx.db, ctx.session, input.eventId, ctx.clock.now());
    return registerCompany(ctx.db, { event, company, input, now: ctx.clock.now() });
  }),
  /** The registration form's state: the company's people and public listings, and its registration if any. */
  myRegistration: protectedProcedure.input(eventCompanySchema).query(async ({ ctx, input }) => {
    const company = await requireMemberOf(ctx.db, ctx.session, input.companyId);
    const event = await requireVisibleEvent(ctx.db, ctx.session, input.eventId, ctx.clock.now());
    const [people, listings, registration] = await Promise.all([
      listCompanyPeople(ctx.db, company.id),
      listCompanyMatchSides(ctx.db, { companyId: company.id, limit: 200 }),
      getRegistration(ctx.db, { eventId: event.id, companyId: company.id }),
    ]);
    return {
      people,
      listings: listings.map((side) => ({ id: side.listingId, kind: side.kind, title: side.title })),
      registration:
        registration === null
          ? null
          : {
              id: registration.id,
              status: registration.status,
              attendeeIds: registration.attendeeIds,
              listingIds: registration.listingIds,
              checkedInAt: registration.checkedInAt,
              slotIds: await listAvailability(ctx.db, registration.id),
            },
    };
  }),
  setAvailability: protectedProcedure.input(eventAvailabilitySchema).mutation(async ({ ctx, input }) => {
    const { event, registration } = await requireParticipant(ctx.db, ctx.session, { ...input, now: ctx.clock.now() });
    await ctx.db.transaction((tx) => writeAvailability(tx, { registrationId: registration.id, eventId: event.id, slotIds: input.slotIds }));
    return { ok: true as const };
  }),
  /** The participants' catalogue with the suggested meetings on top. */
  catalogue: protectedProcedure.input(participantCatalogueSchema.extend({ companyId: eventCompanySchema.shape.companyId })).query(async ({ ctx, input }) => {
    const { event, registration, company } = await requireParticipant(ctx.db, ctx.session, { ...input, now: ctx.clock.now(), approved: true });
    const participants = await listEventParticipants(ctx.db, { eventId: event.id, publicOnly: true });
    const [suggestions, requests] = await Promise.all([
      suggestMeetings(ctx.db, { eventId: event.id, companyId: company.id, listingIds: registration.listingIds, limit: 12, participants }),
      listRequestsOfRegistration(ctx.db, registration.id),
    ]);
    const asked = new Set(
      requests
        .filter((row) => row.request.status === "pending" || row.request.status === "accepted")
        .flatMap((row) => [row.fromCompany.id, row.toCompany.id]),
    );
    const matchingText = await eventCompaniesMatchingText(ctx.db, { companyIds: participants.map((row) => row.companyId), text: input.q });
    const { items, facets } = filterCatalogue(participants.map(publicParticipant), input, company.id, matchingText);
    const pageSize = participantCataloguePageSize;
    return {
      suggestions: suggestions.map((suggestion) => ({ ...suggestion, alreadyAsked: asked.has(suggestion.company.companyId) })),
      items: items.slice((input.page - 1) * pageSize, input.page * pageSize).map((item) => ({ ...item, alreadyAsked: asked.has(item.companyId) })),
      total: items.length,
      page: input.page,
      pageSize,
      facets,
      requestsSent: requests.filter((row) => row.fromCompany.id === company.id && row.request.status !== "withdrawn").length,
      requestLimit: event.requestLimit,
    };
  }),
  sendRequest: protectedProcedure.input(meetingRequestInputSchema).mutation(async ({ ctx, input }) => {
    const request = await sendMeetingRequest(ctx.db, { session: ctx.session, input, now: ctx.clock.now(), publicUrl: ctx.config.publicUrl });
    return { id: request.id, status: request.status };
  }),
  /** Requests received and sent by the company at this event. */
  requests: protectedProcedure.input(eventCompanySchema).query(async ({ ctx, input }) => {
    const { registration, company } = await requireParticipant(ctx.db, ctx.session, { ...input, now: ctx.clock.now() });
    const rows = await listRequestsOfRegistration(ctx.db, registration.id);
    return rows.map((row) => {
      const incoming = row.toCompany.id === company.id;
      const other = incoming ? row.fromCompany : row.toCompany;
      return {
        id: row.request.id,
        incoming,
        status: row.request.status,
        message: row.request.message,
        createdAt: row.request.createdAt,
        respondedAt: row.request.respondedAt,
        company: { id: other.id, slug: other.slug, name: companyNameOf(other), country: other.country },
      };
    });
  }),
  accept: protectedProcedure.input(meetingRequestIdSchema).mutation(async ({ ctx, input }) => {
    const outcome = await acceptMeetingRequest(ctx.db, { session: ctx.session, requestId: input.requestId, now: ctx.clock.now(), publicUrl: ctx.config.publicUrl });
    return outcome.status === "scheduled"
      ? { status: outcome.status, meetingId: outcome.meeting.id, tableNo: outcome.meeting.tableNo }
      : { status: outcome.status, meetingId: null, tableNo: null };
  }),
  decline: protectedProcedure.input(meetingRequestIdSchema).mutation(async ({ ctx, input }) => {
    const row = await declineMeetingRequest(ctx.db, { session: ctx.session, requestId: input.requestId, now: ctx.clock.now(), publicUrl: ctx.config.publicUrl });
    return { id: row.id, status: row.status };
  }),
  withdraw: protectedProcedure.input(meetingRequestIdSchema).mutation(async ({ ctx, input }) => {
    const row = await withdrawMeetingRequest(ctx.db, { session: ctx.session, requestId: input.requestId, now: ctx.clock.now() });
    return { id: row.id, status: row.status };
  }),
  /** The company's meetings at the event, with partner, table, reasons and its own reported outcome. */
  agenda: protectedProcedure.input(eventCompanySchema.extend({ meetingId: z.uuid().optional() })).query(async ({ ctx, input }) => {
    const { event, registration, company } = await requireParticipant(ctx.db, ctx.session, { ...input, now: ctx.clock.now() });
    const items = await agendaOf(ctx.db, { event, registrationId: registration.id, companyId: company.id });
    const chosen = input.meetingId === undefined ? items : items.filter((item) => item.meetingId === input.meetingId);
    if (input.meetingId !== undefined && chosen.length === 0) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    return { event: publicEvent(event), items: chosen, checkedInAt: registration.checkedInAt };
  }),
  reportOutcome: protectedProcedure.input(meetingOutcomeInputSchema).mutation(async ({ ctx, input }) =>
    reportOutcome(ctx.db, { session: ctx.session, input, now: ctx.clock.now() }),
  ),
} satisfies TRPCRouterRecord;
