import { z } from "zod";
import { partnerCountrySchema } from "../countries";
import { moderationReasonSchema } from "./reasons";
import { userRoleSchema } from "../statuses";
import { instantSchema, optionalText, uuidSchema } from "./atoms";
import { codeList } from "./company";
import { err } from "./errors";
import { moderatedItemTypes } from "./moderation";

/**
 * Inputs of the moderation desk (queues, claims, reports, appeals, staff, audit log). The decision and the
 * owner's appeal are in ./moderation, the user's report in ./report.
 */

/** The queues: first submissions of companies and of listings, edits of published items, open reports. */
export const queueKinds = ["company", "listing", "edit", "report"] as const;
export type QueueKind = (typeof queueKinds)[number];

export const reportStatuses = ["open", "dismissed", "actioned"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** What a moderator does about a report. */
export const reportActions = ["dismiss", "hide", "suspend", "ban"] as const;
export type ReportAction = (typeof reportActions)[number];

/** What an appeal contests: a rejected company or listing, a suspended company, a listing hidden after a report. */
export const appealKinds = ["rejection", "suspension", "hiding"] as const;
export type AppealKind = (typeof appealKinds)[number];
export const appealStatuses = ["open", "granted", "denied"] as const;
export type AppealStatus = (typeof appealStatuses)[number];

const count = (max: number) =>
  z.number(err("errors.number")).int(err("errors.integer")).min(1, err("errors.tooSmall")).max(max, err("errors.tooLarge"));
const moderatorNote = optionalText(2000);
const reasons = codeList(moderationReasonSchema, 0, 10).default([]);

export const reviewItemRefSchema = z.object({ itemType: z.enum(moderatedItemTypes, err("errors.itemType")), itemId: uuidSchema });

export const queueFilterSchema = z.object({
  country: partnerCountrySchema.optional(),
  kind: z.enum(queueKinds, err("errors.invalid")).optional(),
  /** Only items waiting at least this many hours. */
  minAgeHours: z.number(err("errors.number")).int(err("errors.integer")).min(0, err("errors.tooSmall")).max(8760, err("errors.tooLarge")).optional(),
  limit: count(200).default(50),
});
export type QueueFilter = z.input<typeof queueFilterSchema>;

export const queueCountsInputSchema = z.object({ country: partnerCountrySchema.optional() }).default({});

export const confirmRegistrySchema = z.object({ companyId: uuidSchema });

export const reportResolveSchema = z.object({
  reportId: uuidSchema,
  action: z.enum(reportActions, err("errors.invalid")),
  reasons,
  note: moderatorNote,
});
export type ReportResolveInput = z.input<typeof reportResolveSchema>;

export const reportListSchema = z.object({
  status: z.enum(reportStatuses, err("errors.invalid")).default("open"),
  limit: count(200).default(50),
});

export const appealListSchema = z.object({ status: z.enum(appealStatuses, err("errors.invalid")).default("open") });

export const appealDecideSchema = z.object({
  appealId: uuidSchema,
  outcome: z.enum(["granted", "denied"], err("errors.invalid")),
  note: moderatorNote,
});

/** better-auth user ids are text, not uuids. */
export const userIdSchema = z.string(err("errors.required")).trim().min(1, err("errors.required")).max(100, err("errors.tooLong"));

export const staffListSchema = z.object({ query: optionalText(200) }).default({ query: undefined });
export const staffSetRoleSchema = z.object({ userId: userIdSchema, role: userRoleSchema });
export const staffSetCountriesSchema = z.object({
  userId: userIdSchema,
  countries: z.array(partnerCountrySchema).max(2, err("errors.tooMany")),
});

export const auditFilterSchema = z.object({
  actorId: optionalText(100),
  action: optionalText(100),
  targetType: optionalText(50),
  targetId: optionalText(100),
  from: instantSchema("errors.date").optional(),
  to: instantSchema("errors.date").optional(),
});
export const auditListSchema = auditFilterSchema.extend({
  page: z.number(err("errors.number")).int(err("errors.integer")).min(1, err("errors.tooSmall")).max(100_000, err("errors.tooLarge")).default(1),
  pageSize: count(500).default(50),
});
export type AuditListInput = z.input<typeof auditListSchema>;

/** Procedures without parameters still declare their (empty) input. */
export const noInputSchema = z.object({}).default({});

/** The period the analytics dashboard covers, in days back from now. */
export const analyticsRangeSchema = z.object({
  days: z.number(err("errors.number")).int(err("errors.integer")).min(1, err("errors.tooSmall")).max(3650, err("errors.tooLarge")).default(90),
});
