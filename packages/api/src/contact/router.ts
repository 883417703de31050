import {
  contactCompanyIdSchema,
  contactRequestIdSchema,
  contactRequestSchema,
  conversationIdSchema,
  declineSchema,
  messageSchema,
} from "@karvon/data";
import {
  countUnreadMessages,
  getCompanyById,
  getCompanyResponseStats,
  getContactRequestById,
  hasAcceptedContact,
  listContactRequestsOfCompany,
  listConversationMessages,
  listConversationsOfCompany,
  markConversationRead,
} from "@karvon/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { companyNameOf, contactPersonOf } from "./parties";
import { postConversationMessage, requireConversation } from "./messages";
import { requireMyConversationSide, requireMyRecipientSide, requireMySenderSide } from "./sides";
import {
  acceptContactRequest,
  declineContactRequest,
  sendContactRequest,
  withdrawOwnContactRequest,
} from "./requests";
import { companyOrNoneProcedure, companyProcedure, depsOf, publicProcedure, withActingCompany } from "../trpc";

/** Unread messages of the acting company; null for visitors (and banned users), who have no inbox. */
const unreadCountOutput = z.number().int().nonnegative().nullable();

const responseStatsOutput = z.object({
  decided: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  responseRate: z.number().min(0).max(1).nullable(),
  medianResponseHours: z.number().nonnegative().nullable(),
});

const noInput = z.object({}).optional();

const conversations = {
  /** The acting company's conversations, latest first, with unread counts for the caller. */
  list: companyOrNoneProcedure.input(noInput).query(async ({ ctx }) => {
    if (ctx.company === null) return [];
    return listConversationsOfCompany(ctx.db, { companyId: ctx.company.id, userId: ctx.session.user.id });
  }),

  /** A thread with its opening request and the other company's contact person; NOT_FOUND for outsiders. */
  byId: companyProcedure.input(conversationIdSchema).query(async ({ ctx, input }) => {
    const { company } = await requireMyConversationSide(depsOf(ctx), { myCompanies: ctx.myCompanies, conversationId: input.conversationId });
    const { conversation, otherCompanyId } = await requireConversation(ctx.db, { conversationId: input.conversationId, company });
    const [request, other, thread] = await Promise.all([
      getContactRequestById(ctx.db, conversation.requestId),
      otherCompanyId === null ? null : getCompanyById(ctx.db, otherCompanyId),
      listConversationMessages(ctx.db, conversation.id),
    ]);
    return {
      id: conversation.id,
      myCompanyId: company.id,
      myCompanyName: companyNameOf(company),
      request:
        request === null
          ? null
          : {
              id: request.id,
              senderCompanyId: request.senderCompanyId,
              purpose: request.purpose,
              message: request.message,
              listingId: request.listingId,
              createdAt: request.createdAt,
              respondedAt: request.respondedAt,
            },
      // A company whose last member left is shown as "a deleted company", without its name or contact person.
      otherCompany:
        other === null
          ? null
          : other.deletedAt !== null
            ? { id: other.id, slug: other.slug, name: "", suspended: false, deleted: true }
            : { id: other.id, slug: other.slug, name: companyNameOf(other), suspended: other.suspendedAt !== null, deleted: false },
      // A conversation exists only for an accepted request: both sides see each other's contact person.
      otherContact: other === null || other.deletedAt !== null ? null : contactPersonOf(other.published),
      messages: thread.map((message) => ({ ...message, mine: message.senderCompanyId === company.id })),
    };
  }),

  /** Posts a plain-text message (1–4000 characters). */
  send: companyProcedure.input(messageSchema).mutation(async ({ ctx, input }) => {
    const deps = depsOf(ctx);
    const { company } = await requireMyConversationSide(deps, { myCompanies: ctx.myCompanies, conversationId: input.conversationId });
    return postConversationMessage(
      deps,
      {
        company,
        userId: ctx.session.user.id,
        conversationId: input.conversationId,
        body: input.body,
        idempotencyKey: input.idempotencyKey,
      },
    );
  }),
} satisfies TRPCRouterRecord;

export const contactRouter = {
  /** Sends an expression of interest; the same idempotency key always answers with the same request. */
  send: companyProcedure.input(contactRequestSchema).mutation(async ({ ctx, input }) => {
    const request = await sendContactRequest(depsOf(ctx), { sender: ctx.company, senderUserId: ctx.session.user.id, input });
    return { id: request.id, status: request.status, recipientCompanyId: request.recipientCompanyId, createdAt: request.createdAt };
  }),

  /** Requests received and sent by the acting company. */
  inbox: companyOrNoneProcedure.input(noInput).query(async ({ ctx }) => {
    const { company } = ctx;
    if (company === null) return { company: null, received: [], sent: [] };
    const lists = await listContactRequestsOfCompany(ctx.db, { companyId: company.id });
    return {
      company: { id: company.id, name: companyNameOf(company), suspended: company.suspendedAt !== null },
      ...lists,
    };
  }),

  /** Answered for my company the request was sent to, whichever company I currently act for. */
  accept: companyProcedure.input(contactRequestIdSchema).mutation(async ({ ctx, input }) => {
    const deps = depsOf(ctx);
    const recipient = await requireMyRecipientSide(deps, { myCompanies: ctx.myCompanies, requestId: input.requestId });
    return acceptContactRequest(deps, { recipient, requestId: input.requestId });
  }),

  decline: companyProcedure.input(declineSchema).mutation(async ({ ctx, input }) => {
    const deps = depsOf(ctx);
    const recipient = await requireMyRecipientSide(deps, { myCompanies: ctx.myCompanies, requestId: input.requestId });
    return declineContactRequest(
      deps,
      { recipient, requestId: input.requestId, reason: input.reason ?? null, note: input.note ?? null },
    );
  }),

  withdraw: companyProcedure.input(contactRequestIdSchema).mutation(async ({ ctx, input }) => {
    const deps = depsOf(ctx);
    const sender = await requireMySenderSide(deps, { myCompanies: ctx.myCompanies, requestId: input.requestId });
    return withdrawOwnContactRequest(deps, { sender, requestId: input.requestId });
  }),

  conversations,

  markRead: companyProcedure.input(conversationIdSchema).mutation(async ({ ctx, input }) => {
    const { company } = await requireMyConversationSide(depsOf(ctx), { myCompanies: ctx.myCompanies, conversationId: input.conversationId });
    await markConversationRead(ctx.db, {
      conversationId: input.conversationId,
      userId: ctx.session.user.id,
      companyId: company.id,
      at: ctx.clock.now(),
    });
    return { ok: true as const };
  }),

  /** Unread messages for the header badge; null when nobody is signed in. */
  unreadCount: publicProcedure.use(withActingCompany).input(noInput).output(unreadCountOutput).query(async ({ ctx }) => {
    if (ctx.session === null || ctx.session.user.banned) return null;
    if (ctx.company === null) return 0;
    return countUnreadMessages(ctx.db, { companyId: ctx.company.id, userId: ctx.session.user.id });
  }),

  /** The other company's contact person — only when an accepted request links the two companies. */
  contactDetails: companyOrNoneProcedure.input(contactCompanyIdSchema).query(async ({ ctx, input }) => {
    const { company } = ctx;
    if (company === null || company.id === input.companyId) return null;
    const linked = await hasAcceptedContact(ctx.db, { companyId: company.id, otherCompanyId: input.companyId });
    if (!linked) return null;
    const other = await getCompanyById(ctx.db, input.companyId);
    return other === null ? null : contactPersonOf(other.published);
  }),

  /** Response rate and median response time, from the requests the company really received (public). */
  responseStats: publicProcedure
    .input(contactCompanyIdSchema)
    .output(responseStatsOutput)
    .query(({ ctx, input }) => getCompanyResponseStats(ctx.db, input.companyId)),
} satisfies TRPCRouterRecord;
