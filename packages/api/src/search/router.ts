import { partnersForYouSchema, searchInputSchema, searchMissOutputSchema, searchResultOutputSchema } from "@karvon/data";
import { isMember, listMyCompanies, recordSearchMiss, searchPartners } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { findPartnersForCompany } from "../matchmaking/partners-for-you";
import { sharedOutput } from "../shared-output";
import { SearchMissLimiter } from "./miss-limit";
import { toSearchParams } from "./params";
import { protectedProcedure, publicProcedure, publicReadProcedure } from "../trpc";

/** A repeat of the same missed text (same kind and country) within this window is not logged again. */
const missWindowMinutes = 10;
const missLimiter = new SearchMissLimiter();

export const searchRouter = {
  /**
   * Partner search: results, total and facet counts (each under the other active filters). Any text is
   * accepted (cut to 200 characters); unknown filter codes are a BAD_REQUEST from the input schema. A result
   * from the cache is validated and serialized once, not on every repeat (shared-output.ts).
   */
  query: publicReadProcedure
    .input(searchInputSchema)
    .output(sharedOutput(searchResultOutputSchema))
    .query(({ ctx, input }) => searchPartners(ctx.db, toSearchParams(input, ctx.clock.now()))),

  /**
   * Logs a search that found nothing, for the admin analytics ("what people look for and do not find").
   * `query` must stay free of side effects (GETs are prefetched, retried and crawled), and the page itself is
   * rendered on GET too, so the search page calls this mutation from the browser once it shows an empty result.
   * The server does not trust the caller: it runs the search again and logs only a real miss with text, once per
   * text/kind/country per window, and at most `searchMissesPerHour` per client address (counted in memory, never
   * stored). The log holds the folded text, kind, country and time — no user, session or address.
   */
  recordMiss: publicProcedure
    .input(searchInputSchema)
    .output(searchMissOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const at = ctx.clock.now();
      if (input.q === "") return { recorded: false };
      const result = await searchPartners(ctx.db, toSearchParams({ ...input, page: 1, pageSize: 1 }, at));
      if (result.total > 0) return { recorded: false };
      if (!missLimiter.take(ctx.clientAddress, at)) return { recorded: false };
      const kind = input.type === "all" ? null : input.type;
      const recorded = await recordSearchMiss(ctx.db, { query: input.q, kind, country: input.country ?? null, at, windowMinutes: missWindowMinutes });
      return { recorded };
    }),

  /** Complementary listings across the border for one of my companies (default: the first I belong to). */
  partnersForYou: protectedProcedure.input(partnersForYouSchema).query(async ({ ctx, input }) => {
    const companyId = input.companyId;
    if (companyId === undefined) {
      const [first] = await listMyCompanies(ctx.db, ctx.session.user.id);
      if (first === undefined) return [];
      return findPartnersForCompany(ctx.db, { companyId: first.company.id, limit: input.limit });
    }
    // The membership check and the matching run side by side (one round trip less on the way); nothing of the
    // matching leaves unless I am a member of the company.
    const [member, suggestions] = await Promise.all([
      isMember(ctx.db, { companyId, userId: ctx.session.user.id }),
      findPartnersForCompany(ctx.db, { companyId, limit: input.limit }),
    ]);
    if (!member) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
    return suggestions;
  }),
} satisfies TRPCRouterRecord;
