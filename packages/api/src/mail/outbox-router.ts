import { noInputSchema, outboxMailIdSchema, outboxMailSchema, outboxMailSummarySchema } from "@karvon/data";
import { findMailById, listMail } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { adminProcedure, type Context } from "../trpc";

const outboxPageSize = 200;

/**
 * The outbox holds password-reset and invitation links, so only admins read it, and only while it is the
 * mailbox (no SMTP server): once mail is delivered, nobody but its recipient needs to see it.
 */
function requireOutboxMailbox(ctx: Context) {
  if (!ctx.config.outboxIsMailbox) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
}

export const mailOutboxRouter = {
  /** The newest mails first. */
  list: adminProcedure
    .input(noInputSchema)
    .output(outboxMailSummarySchema.array())
    .query(async ({ ctx }) => {
      requireOutboxMailbox(ctx);
      const mails = await listMail(ctx.db, { limit: outboxPageSize });
      return mails.map(({ id, to, locale, template, subject, createdAt }) => ({ id, to, locale, template, subject, createdAt }));
    }),

  /** One mail with its text; null when there is no such mail. */
  byId: adminProcedure
    .input(outboxMailIdSchema)
    .output(outboxMailSchema.nullable())
    .query(async ({ ctx, input }) => {
      requireOutboxMailbox(ctx);
      const mail = await findMailById(ctx.db, input.id);
      if (!mail) return null;
      const { id, to, locale, template, subject, createdAt, text } = mail;
      return { id, to, locale, template, subject, createdAt, text };
    }),
} satisfies TRPCRouterRecord;
