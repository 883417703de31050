import { z } from "zod";
import { uuidSchema } from "./atoms";
import { err } from "./errors";
import { localizedTextOutputSchema } from "./search-outputs";

/** How many notices the list returns at most (newest first). */
export const maxNotificationsListed = 50;

/** The notices page: all of them, or only the unread ones. */
export const notificationListInputSchema = z
  .object({ unreadOnly: z.boolean(err("errors.invalid")).optional() }, err("errors.invalid"))
  .default({});
export type NotificationListInput = z.input<typeof notificationListInputSchema>;

/** Marking notices as read: the given ones, or (without ids) every notice of the caller. */
export const notificationMarkReadSchema = z
  .object({ ids: z.array(uuidSchema, err("errors.invalid")).min(1, err("errors.tooSmall")).max(maxNotificationsListed, err("errors.tooLarge")).optional() }, err("errors.invalid"))
  .default({});
export type NotificationMarkReadInput = z.input<typeof notificationMarkReadSchema>;

/**
 * One notice as the portal shows it: the kind ("moderation.request-changes", "report.outcome", "appeal.granted"…)
 * plus the few facts the page renders in the reader's language. Plain fields only: whatever else a notice's
 * stored parameters hold is stripped.
 */
export const notificationOutputSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** The company the notice is about (null for a notice to one person, e.g. a report's outcome). */
  companyName: z.string().nullable(),
  /** What was decided on: company, listing, message, contact-request. */
  itemType: z.string().nullable(),
  itemId: z.string().nullable(),
  /** A company's name or a listing's title in up to four languages. */
  title: z.union([z.string(), localizedTextOutputSchema]).nullable(),
  /** Reason codes from `moderationReasons` (or report outcomes' reasons). */
  reasons: z.array(z.string()),
  /** The moderator's note, if any. */
  note: z.string().nullable(),
  /** A report's outcome ("dismissed", "actioned") or an appeal's kind. */
  outcome: z.string().nullable(),
  /** The other company a notice about a meeting names. */
  partnerName: z.string().nullable(),
  /** Where the notice's "open" button leads inside the portal (a meeting notice: the company's meeting desk). */
  path: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.date(),
});
export type NotificationView = z.infer<typeof notificationOutputSchema>;

export const notificationListOutputSchema = z.array(notificationOutputSchema);

/** Unread notices for the header; null when nobody is signed in. */
export const notificationUnreadCountOutputSchema = z.number().int().nonnegative().nullable();

export const notificationMarkReadOutputSchema = z.object({ updated: z.number().int().nonnegative() });
