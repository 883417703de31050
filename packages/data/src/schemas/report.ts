import { z } from "zod";
import { reportReasonSchema } from "./reasons";
import { optionalText, uuidSchema } from "./atoms";
import { err } from "./errors";

export const reportTargetTypes = ["company", "listing", "message", "contact-request"] as const;
export type ReportTargetType = (typeof reportTargetTypes)[number];

/** A user's report of a company, listing, message or contact request. */
export const reportSchema = z.object(
  {
    targetType: z.enum(reportTargetTypes, err("errors.targetType")),
    targetId: uuidSchema,
    reason: reportReasonSchema,
    note: optionalText(1000),
  },
  err("errors.invalid"),
);
export type ReportInput = z.input<typeof reportSchema>;
