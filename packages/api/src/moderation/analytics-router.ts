import { analyticsRangeSchema } from "@karvon/data";
import {
  companiesByStatus,
  contactRequestTotals,
  decisionsByReason,
  decisionTimings,
  listingsByStatus,
  openRequestsBySector,
  publishedCompaniesByRegion,
  publishedCompaniesBySector,
  searchesWithoutResults,
} from "@karvon/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { adminProcedure } from "../trpc";

const DAY = 24 * 60 * 60 * 1000;

/** The admin dashboard: every figure with the table behind it (the page draws the charts and the CSVs). */
export const moderationAnalyticsRouter = {
  overview: adminProcedure.input(analyticsRangeSchema).query(async ({ ctx, input }) => {
    const at = ctx.clock.now();
    const since = new Date(at.getTime() - input.days * DAY);
    const [companies, listings, regions, sectors, openRequests, timings, reasons, contacts, noResults] = await Promise.all([
      companiesByStatus(ctx.db),
      listingsByStatus(ctx.db),
      publishedCompaniesByRegion(ctx.db),
      publishedCompaniesBySector(ctx.db),
      openRequestsBySector(ctx.db, at),
      decisionTimings(ctx.db, since),
      decisionsByReason(ctx.db, since),
      contactRequestTotals(ctx.db, since),
      searchesWithoutResults(ctx.db, since),
    ]);
    return { since, companies, listings, regions, sectors, openRequests, timings, reasons, contacts, noResults };
  }),
} satisfies TRPCRouterRecord;
