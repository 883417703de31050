/**
 * Events (B2B meeting days such as the Interregional Forum): what staff enter to create one, what a company sends
 * to take part, and the meeting requests, decisions and outcome reports between participants.
 */
import { z } from "zod";
import { hsChapterCodes } from "../hs-chapters";
import { sectorCodes } from "../sectors";
import { calendarDateSchema, instantSchema, localizedTextSchemaOf, requiredText, slugSchema, uuidSchema, type LocalizedText } from "./atoms";
import { err } from "./errors";

export const eventRegistrationStatuses = ["pending", "approved", "rejected"] as const;
export type EventRegistrationStatus = (typeof eventRegistrationStatuses)[number];

export const meetingRequestStatuses = ["pending", "accepted", "declined", "unschedulable", "withdrawn"] as const;
export type MeetingRequestStatus = (typeof meetingRequestStatuses)[number];

export const meetingStatuses = ["scheduled", "cancelled", "no-show"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetingOutcomes = ["no-fit", "follow-up", "contract"] as const;
export type MeetingOutcome = (typeof meetingOutcomes)[number];

/** The two time zones of the participants' countries; an event takes place in one of them. */
export const eventTimeZones = ["Asia/Tashkent", "Asia/Baku"] as const;
export type EventTimeZone = (typeof eventTimeZones)[number];

/** An event's name and description in up to four languages, as stored (jsonb). */
export type EventTexts = { name: LocalizedText; description: LocalizedText };

const isoDate = calendarDateSchema("errors.event.date");
/** A wall-clock time of day in the event's time zone, "09:30". */
const timeOfDay = z.string(err("errors.required")).regex(/^([01]\d|2[0-3]):[0-5]\d$/, err("errors.event.time"));

export const eventBreakSchema = z.object({ start: timeOfDay, end: timeOfDay });
export type EventBreak = z.infer<typeof eventBreakSchema>;

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export const eventInputSchema = z
  .object({
    slug: slugSchema,
    name: localizedTextSchemaOf(200),
    description: localizedTextSchemaOf(5000),
    city: requiredText(1, 120),
    venue: requiredText(1, 200),
    timeZone: z.enum(eventTimeZones, err("errors.event.timeZone")),
    startDate: isoDate,
    endDate: isoDate,
    dayStart: timeOfDay,
    dayEnd: timeOfDay,
    meetingMinutes: z.number(err("errors.invalid")).int(err("errors.invalid")).min(10, err("errors.event.meetingMinutes")).max(120, err("errors.event.meetingMinutes")),
    breaks: z.array(eventBreakSchema).max(6, err("errors.tooMany")).default([]),
    tableCount: z.number(err("errors.invalid")).int(err("errors.invalid")).min(1, err("errors.event.tableCount")).max(500, err("errors.event.tableCount")),
    registrationOpensAt: instantSchema("errors.event.date"),
    registrationClosesAt: instantSchema("errors.event.date"),
    focusSectors: z.array(z.enum(sectorCodes, err("errors.invalid"))).max(10, err("errors.tooMany")).default([]),
    /** Meeting requests one company may send at this event. */
    requestLimit: z.number(err("errors.invalid")).int(err("errors.invalid")).min(1, err("errors.invalid")).max(200, err("errors.invalid")).default(20),
    /** Approve registry-confirmed companies as soon as they register. */
    autoApproveVerified: z.boolean(err("errors.invalid")).default(true),
    published: z.boolean(err("errors.invalid")).default(true),
  })
  .refine((value) => value.endDate >= value.startDate, { ...err("errors.event.endBeforeStart"), path: ["endDate"] })
  .refine((value) => minutesOfDay(value.dayEnd) - minutesOfDay(value.dayStart) >= value.meetingMinutes, {
    ...err("errors.event.dayTooShort"),
    path: ["dayEnd"],
  })
  .refine((value) => value.breaks.every((entry) => minutesOfDay(entry.end) > minutesOfDay(entry.start)), {
    ...err("errors.event.breakOrder"),
    path: ["breaks"],
  })
  .refine((value) => value.registrationClosesAt > value.registrationOpensAt, {
    ...err("errors.event.registrationWindow"),
    path: ["registrationClosesAt"],
  })
  .refine((value) => daysBetween(value.startDate, value.endDate) <= 7, { ...err("errors.event.tooLong"), path: ["endDate"] });
export type EventInput = z.infer<typeof eventInputSchema>;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export const eventIdSchema = z.object({ eventId: uuidSchema });
export const eventSlugSchema = z.object({ slug: slugSchema });
export const eventUpdateSchema = z.object({ eventId: uuidSchema, event: eventInputSchema });

export const eventRegistrationInputSchema = z.object({
  eventId: uuidSchema,
  companyId: uuidSchema,
  /** Members of the company who attend (user ids); at least one. */
  attendeeIds: z.array(z.string(err("errors.invalid")).min(1).max(100)).min(1, err("errors.event.attendeesRequired")).max(10, err("errors.tooMany")),
  /** The company's published listings it brings (what it offers and seeks there). */
  listingIds: z.array(uuidSchema).max(20, err("errors.tooMany")).default([]),
  /** The slots the company can meet in; empty or absent means every slot. */
  slotIds: z.array(uuidSchema).max(2000, err("errors.tooMany")).optional(),
});
export type EventRegistrationInput = z.infer<typeof eventRegistrationInputSchema>;

export const eventCompanySchema = z.object({ eventId: uuidSchema, companyId: uuidSchema });

export const eventAvailabilitySchema = z.object({
  eventId: uuidSchema,
  companyId: uuidSchema,
  slotIds: z.array(uuidSchema).max(2000, err("errors.tooMany")),
});

export const registrationDecisionSchema = z.object({
  registrationId: uuidSchema,
  decision: z.enum(["approved", "rejected"], err("errors.invalid")),
});

/** Participants per catalogue page: as many as a page of search results. */
export const participantCataloguePageSize = 20;

export const participantCatalogueSchema = z.object({
  eventId: uuidSchema,
  page: z.number(err("errors.number")).int(err("errors.integer")).min(1, err("errors.tooSmall")).max(10_000, err("errors.tooLarge")).default(1),
  q: z.string(err("errors.invalid")).trim().max(200, err("errors.tooLong")).optional(),
  country: z.enum(["UZ", "AZ"], err("errors.invalid")).optional(),
  sector: z.enum(sectorCodes, err("errors.invalid")).optional(),
});

export const meetingRequestInputSchema = z.object({
  eventId: uuidSchema,
  fromCompanyId: uuidSchema,
  toCompanyId: uuidSchema,
  message: requiredText(10, 1000),
});
export type MeetingRequestInput = z.infer<typeof meetingRequestInputSchema>;

export const meetingRequestIdSchema = z.object({ requestId: uuidSchema });
export const meetingIdSchema = z.object({ meetingId: uuidSchema });

export const meetingMoveSchema = z.object({ meetingId: uuidSchema, slotId: uuidSchema, tableNo: z.number().int().min(1).max(500).optional() });

export const checkInSchema = z.object({ registrationId: uuidSchema, checkedIn: z.boolean(err("errors.invalid")) });

export const meetingOutcomeInputSchema = z
  .object({
    meetingId: uuidSchema,
    companyId: uuidSchema,
    outcome: z.enum(meetingOutcomes, err("errors.event.outcome")),
    /** Declared value of a signed contract, whole US dollars (self-reported). */
    valueUsd: z.number(err("errors.invalid")).int(err("errors.invalid")).min(0, err("errors.invalid")).max(10_000_000_000, err("errors.event.valueTooLarge")).optional(),
    hsChapters: z.array(z.enum(hsChapterCodes, err("errors.invalid"))).max(10, err("errors.tooMany")).default([]),
  })
  .refine((value) => value.outcome === "contract" || value.valueUsd === undefined, {
    ...err("errors.event.valueOnlyForContract"),
    path: ["valueUsd"],
  });
export type MeetingOutcomeInput = z.infer<typeof meetingOutcomeInputSchema>;

// ─── What the public procedures answer (also the guard that no contact data leaves them) ───────────────────

const localizedOutput = z.record(z.string(), z.string());

/** An event as anyone sees it: everything the organiser set, never who created it. */
export const publicEventOutputSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: localizedOutput,
  description: localizedOutput,
  city: z.string(),
  venue: z.string(),
  timeZone: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  dayStart: z.string(),
  dayEnd: z.string(),
  meetingMinutes: z.number(),
  breaks: z.array(eventBreakSchema),
  tableCount: z.number(),
  registrationOpensAt: z.date(),
  registrationClosesAt: z.date(),
  focusSectors: z.array(z.string()),
  requestLimit: z.number(),
  autoApproveVerified: z.boolean(),
  publishedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/** A participating company's public identity: no contact person, e-mail or phone. */
export const publicParticipantOutputSchema = z.object({
  companyId: z.string(),
  slug: z.string(),
  name: z.string(),
  country: z.string(),
  region: z.string().nullable(),
  sectors: z.array(z.string()),
  hsChapters: z.array(z.string()),
  verified: z.boolean(),
  description: localizedOutput,
});

/** Reported (self-reported) outcomes of meetings. */
export const outcomeTotalsOutputSchema = z.object({
  meetingsHeld: z.number(),
  followUps: z.number(),
  contracts: z.number(),
  contractValueUsd: z.number(),
});

export const eventPageOutputSchema = z.object({
  event: publicEventOutputSchema,
  slots: z.array(z.object({ id: z.string(), startsAt: z.date(), endsAt: z.date() })),
  participants: z.array(publicParticipantOutputSchema),
  outcomes: outcomeTotalsOutputSchema,
  published: z.boolean(),
});
