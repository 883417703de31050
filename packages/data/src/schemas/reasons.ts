import { z } from "zod";
import { contactPurposeCodes, declineReasonCodes, moderationReasonCodes, reportReasonCodes } from "../moderation";
import { err } from "./errors";

/**
 * The reason and purpose lists of ../moderation.ts as zod enums. Kept apart from the lists, which stay zod-free:
 * a page that only shows the lists (the report button, the decline menu) must not bring zod into the browser.
 */
export const moderationReasonSchema = z.enum(moderationReasonCodes, err("errors.moderationReason"));
export const reportReasonSchema = z.enum(reportReasonCodes, err("errors.reportReason"));
export const declineReasonSchema = z.enum(declineReasonCodes, err("errors.declineReason"));
export const contactPurposeSchema = z.enum(contactPurposeCodes, err("errors.contactPurpose"));
