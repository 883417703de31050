import { randomBytes } from "node:crypto";
import { noInputSchema, savedSearchCreateSchema, savedSearchIdSchema, unsubscribeTokenSchema } from "@karvon/data";
import {
  createSavedSearch,
  deleteSavedSearch,
  deleteSavedSearchByToken,
  listSavedSearches,
  maxSavedSearchesPerUser,
} from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { protectedProcedure, publicProcedure } from "../trpc";

export const savedSearchRouter = {
  /** Saves a search; new matching listings are mailed daily. */
  save: protectedProcedure.input(savedSearchCreateSchema).mutation(async ({ ctx, input }) => {
    const existing = await listSavedSearches(ctx.db, ctx.session.user.id);
    if (existing.length >= maxSavedSearchesPerUser) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "errors.savedSearch.tooMany" });
    }
    const row = await createSavedSearch(ctx.db, {
      userId: ctx.session.user.id,
      name: input.name,
      query: { ...input.query, page: 1 },
      locale: input.locale,
      token: randomBytes(24).toString("base64url"),
      at: ctx.clock.now(),
    });
    return { id: row.id, name: row.name };
  }),

  list: protectedProcedure.input(noInputSchema).query(async ({ ctx }) => {
    const rows = await listSavedSearches(ctx.db, ctx.session.user.id);
    return rows.map((row) => ({ id: row.id, name: row.name, query: row.query, createdAt: row.createdAt }));
  }),

  delete: protectedProcedure.input(savedSearchIdSchema).mutation(async ({ ctx, input }) => {
    const deleted = await deleteSavedSearch(ctx.db, { id: input.id, userId: ctx.session.user.id });
    if (!deleted) throw new TRPCError({ code: "NOT_FOUND", message: "errors.savedSearch.notFound" });
    return { ok: true };
  }),

  /** One-click unsubscribe from a mail link: no sign-in, the token is the permission. */
  unsubscribe: publicProcedure.input(unsubscribeTokenSchema).mutation(async ({ ctx, input }) => {
    const name = await deleteSavedSearchByToken(ctx.db, input.token);
    return { unsubscribed: name !== null, name };
  }),
} satisfies TRPCRouterRecord;
