import { z } from "zod";
import { contactPurposeSchema, declineReasonSchema } from "./reasons";
import { idempotencyKeySchema, optionalText, requiredText, uuidSchema } from "./atoms";
import { err } from "./errors";

/** A first contact from one company to another, about a company or one of its listings. */
export const contactRequestSchema = z
  .object(
    {
      targetCompanyId: uuidSchema.optional(),
      targetListingId: uuidSchema.optional(),
      /** One of the sender's own listings the request refers to. */
      aboutListingId: uuidSchema.optional(),
      purpose: contactPurposeSchema,
      message: requiredText(10, 2000),
      idempotencyKey: idempotencyKeySchema,
    },
    err("errors.invalid"),
  )
  .refine((value) => value.targetCompanyId !== undefined || value.targetListingId !== undefined, {
    error: "errors.contactTarget",
    path: ["targetCompanyId"],
  });
export type ContactRequestInput = z.input<typeof contactRequestSchema>;
export type ContactRequest = z.output<typeof contactRequestSchema>;

/** A message in a conversation opened by an accepted contact request. */
export const messageSchema = z.object(
  {
    conversationId: uuidSchema,
    body: requiredText(1, 4000),
    idempotencyKey: idempotencyKeySchema.optional(),
  },
  err("errors.invalid"),
);
export type MessageInput = z.input<typeof messageSchema>;

/** Declining a contact request. */
export const declineSchema = z.object(
  {
    requestId: uuidSchema,
    /** Optional: a company may decline without saying why. */
    reason: declineReasonSchema.optional(),
    note: optionalText(1000),
  },
  err("errors.invalid"),
);
export type DeclineInput = z.input<typeof declineSchema>;

/** Life cycle of an expression of interest: pending → accepted | declined | expired | withdrawn. */
export const contactRequestStatuses = ["pending", "accepted", "declined", "expired", "withdrawn"] as const;
export type ContactRequestStatus = (typeof contactRequestStatuses)[number];

/** Days after which an unanswered request is reminded once, and after which it expires. */
export const contactReminderDays = 7;
export const contactExpiryDays = 30;

export const contactRequestIdSchema = z.object({ requestId: uuidSchema }, err("errors.invalid"));
export const conversationIdSchema = z.object({ conversationId: uuidSchema }, err("errors.invalid"));
/** The company whose contact details or response figures are asked for. */
export const contactCompanyIdSchema = z.object({ companyId: uuidSchema }, err("errors.invalid"));
