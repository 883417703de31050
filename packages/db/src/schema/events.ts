import { eventRegistrationStatuses, meetingOutcomes, meetingRequestStatuses, meetingStatuses, type EventBreak, type LocalizedText } from "@karvon/data";
import { sql } from "drizzle-orm";
import { bigint, boolean, date, foreignKey, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { companies } from "./companies";

export const eventRegistrationStatusEnum = pgEnum("event_registration_status", eventRegistrationStatuses);
export const meetingRequestStatusEnum = pgEnum("meeting_request_status", meetingRequestStatuses);
export const meetingStatusEnum = pgEnum("meeting_status", meetingStatuses);
export const meetingOutcomeEnum = pgEnum("meeting_outcome", meetingOutcomes);

/**
 * A B2B meeting event (a forum, an expo day). Its day plan (`dayStart`, `dayEnd`, `meetingMinutes`, `breaks`)
 * is wall-clock time in `timeZone`; the discrete slots derived from it are stored in `event_slots` as instants.
 */
export const events = pgTable("events", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: jsonb().$type<LocalizedText>().notNull(),
  description: jsonb().$type<LocalizedText>().notNull(),
  city: text().notNull(),
  venue: text().notNull(),
  /** IANA time zone of the venue (Asia/Tashkent, Asia/Baku). */
  timeZone: text().notNull(),
  startDate: date({ mode: "string" }).notNull(),
  endDate: date({ mode: "string" }).notNull(),
  dayStart: text().notNull(),
  dayEnd: text().notNull(),
  meetingMinutes: integer().notNull(),
  breaks: jsonb().$type<EventBreak[]>().notNull().default([]),
  tableCount: integer().notNull(),
  registrationOpensAt: timestamp({ withTimezone: true }).notNull(),
  registrationClosesAt: timestamp({ withTimezone: true }).notNull(),
  focusSectors: text().array().notNull().default([]),
  requestLimit: integer().notNull().default(20),
  autoApproveVerified: boolean().notNull().default(true),
  publishedAt: timestamp({ withTimezone: true }),
  createdBy: text().references(() => user.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One meeting slot of an event: every table is free for one meeting in it. */
export const eventSlots = pgTable(
  "event_slots",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [unique("event_slots_event_start").on(t.eventId, t.startsAt)],
);

/** A company taking part in an event: who comes, what it brings, and whether the organiser let it in. */
export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "restrict" }),
    status: eventRegistrationStatusEnum().notNull().default("pending"),
    /** Members of the company who attend (user ids). */
    attendeeIds: text().array().notNull().default([]),
    /** The company's published listings it brings to the event. */
    listingIds: uuid().array().notNull().default([]),
    checkedInAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    /** When the day-before reminder of its meetings went out: set once, by the run that claims it. */
    remindedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("event_registrations_event_company").on(t.eventId, t.companyId), index().on(t.eventId, t.status)],
);

/** A slot in which a registered company can meet. A meeting is only ever placed in a slot both sides have here. */
export const eventAvailability = pgTable(
  "event_availability",
  {
    registrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    slotId: uuid()
      .notNull()
      .references(() => eventSlots.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.slotId] })],
);

/** "Let us meet at the event": from one registered company to another. */
export const eventMeetingRequests = pgTable(
  "event_meeting_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    fromRegistrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    toRegistrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    senderUserId: text().references(() => user.id, { onDelete: "set null" }),
    message: text().notNull(),
    status: meetingRequestStatusEnum().notNull().default("pending"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // One open or scheduled request per ordered pair: asking twice is refused, and so is asking after a meeting.
    uniqueIndex("event_meeting_requests_open_pair")
      .on(t.fromRegistrationId, t.toRegistrationId)
      .where(sql`${t.status} in ('pending', 'accepted')`),
    index().on(t.toRegistrationId, t.status),
    index().on(t.fromRegistrationId),
  ],
);

/**
 * A scheduled meeting at a table in a slot. The database refuses two live meetings at one table in one slot
 * (`event_meetings_table_in_slot`) and, through `event_meeting_participants`, a company in two meetings at once.
 */
export const eventMeetings = pgTable(
  "event_meetings",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    requestId: uuid()
      .notNull()
      .unique()
      .references(() => eventMeetingRequests.id, { onDelete: "cascade" }),
    slotId: uuid()
      .notNull()
      .references(() => eventSlots.id, { onDelete: "restrict" }),
    tableNo: integer().notNull(),
    status: meetingStatusEnum().notNull().default("scheduled"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("event_meetings_table_in_slot").on(t.slotId, t.tableNo).where(sql`${t.status} <> 'cancelled'`),
    // Target of the participants' (meeting, slot) reference, so moving a meeting moves its participants with it.
    unique("event_meetings_id_slot").on(t.id, t.slotId),
    index().on(t.eventId),
  ],
);

/**
 * The two companies of a live meeting, one row each, carrying the meeting's slot: unique per (slot, registration),
 * so no company is ever in two meetings of one slot; and the slot must be in the company's availability (a
 * reference, checked by the database on every insert and move). A cancelled meeting loses its rows.
 */
export const eventMeetingParticipants = pgTable(
  "event_meeting_participants",
  {
    meetingId: uuid().notNull(),
    slotId: uuid().notNull(),
    registrationId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.registrationId] }),
    unique("event_meeting_participants_one_per_slot").on(t.slotId, t.registrationId),
    foreignKey({ columns: [t.meetingId, t.slotId], foreignColumns: [eventMeetings.id, eventMeetings.slotId], name: "event_meeting_participants_meeting_slot" })
      .onUpdate("cascade")
      .onDelete("cascade"),
    foreignKey({
      columns: [t.registrationId, t.slotId],
      foreignColumns: [eventAvailability.registrationId, eventAvailability.slotId],
      name: "event_meeting_participants_available",
    }).onDelete("restrict"),
  ],
);

/** One side's report of how a meeting went; self-reported, never checked. */
export const eventMeetingOutcomes = pgTable(
  "event_meeting_outcomes",
  {
    meetingId: uuid()
      .notNull()
      .references(() => eventMeetings.id, { onDelete: "cascade" }),
    registrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    outcome: meetingOutcomeEnum().notNull(),
    /** Declared contract value in whole US dollars. */
    valueUsd: bigint({ mode: "number" }),
    hsChapters: text().array().notNull().default([]),
    reportedBy: text().references(() => user.id, { onDelete: "set null" }),
    reportedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.registrationId] })],
);
