import { noInputSchema } from "@karvon/data";
import { countPublishedCompaniesByCountry, openRequestsBySector, publishedCompaniesBySector } from "@karvon/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../trpc";

/** The platform's own live numbers for the public cooperation page, beside the bilateral figures. */
export const cooperationRouter = {
  live: publicProcedure.input(noInputSchema).query(async ({ ctx }) => {
    const [companiesByCountry, bySector, openRequests] = await Promise.all([
      countPublishedCompaniesByCountry(ctx.db),
      publishedCompaniesBySector(ctx.db),
      openRequestsBySector(ctx.db, ctx.clock.now()),
    ]);
    return { companiesByCountry, companiesBySector: bySector, openRequests };
  }),
} satisfies TRPCRouterRecord;
