import { z } from "zod";
import { uuidSchema } from "./atoms";

/** The mail outbox as an admin reads it when no SMTP server is configured (the staff area's mailbox). */
export const outboxMailIdSchema = z.object({ id: uuidSchema });

export const outboxMailSummarySchema = z.object({
  id: z.string(),
  to: z.string(),
  locale: z.string(),
  template: z.string(),
  subject: z.string(),
  createdAt: z.date(),
});

export const outboxMailSchema = outboxMailSummarySchema.extend({ text: z.string() });

export type OutboxMailSummary = z.infer<typeof outboxMailSummarySchema>;
export type OutboxMail = z.infer<typeof outboxMailSchema>;
