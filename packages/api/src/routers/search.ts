import { partnersForYouSchema, searchInputSchema, searchResultOutputSchema } from "@karvon/data";
import { listMyCompanies, searchPartners } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { requireCompanyMember } from "../services/company-access";
import { findPartnersForCompany } from "../services/partners-for-you";
import { toSearchParams } from "../services/search-params";
import { protectedProcedure, publicProcedure } from "../trpc";

export const searchRouter = {
  /**
   * Partner search: results, total and facet counts (each under the other active filters). Any text is
   * accepted (cut to 200 characters); unknown filter codes are a BAD_REQUEST from the input schema.
   */
  query: publicProcedure
    .input(searchInputSchema)
    .output(searchResultOutputSchema)
    .query(({ ctx, input }) => searchPartners(ctx.db, toSearchParams(input, ctx.clock.now()))),

  /** Complementary listings across the border for one of my companies (default: the first I belong to). */
  partnersForYou: protectedProcedure.input(partnersForYouSchema).query(async ({ ctx, input }) => {
    let companyId = input.companyId;
    if (companyId === undefined) {
      const [first] = await listMyCompanies(ctx.db, ctx.session.user.id);
      if (first === undefined) return [];
      companyId = first.company.id;
    } else {
      await requireCompanyMember(ctx.db, ctx.session, companyId).catch(() => {
        throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
      });
    }
    return findPartnersForCompany(ctx.db, { companyId, limit: input.limit });
  }),
} satisfies TRPCRouterRecord;
