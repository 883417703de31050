import { z } from "zod";
import { contactPurposeSchema, declineReasonSchema } from "../moderation";
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
    reason: declineReasonSchema,
    note: optionalText(1000),
  },
  err("errors.invalid"),
);
export type DeclineInput = z.input<typeof declineSchema>;
