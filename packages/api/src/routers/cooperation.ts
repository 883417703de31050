import { noInputSchema } from "@karvon/data";
import { countPublishedCompaniesByCountry, openRequestsBySector, publishedCompaniesBySector } from "@karvon/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicProcedure } from "../trpc";

const count = z.number().int().nonnegative();

/** Counts only: per country code, per sector and country, per sector. */
const liveOutput = z.object({
  companiesByCountry: z.record(z.string(), count),
  companiesBySector: z.array(z.object({ key: z.string(), group: z.string(), total: count })),
  openRequests: z.array(z.object({ key: z.string(), total: count })),
});

/** The platform's own live numbers for the public cooperation page, beside the bilateral figures. */
export const cooperationRouter = {
  live: publicProcedure.input(noInputSchema).output(liveOutput).query(async ({ ctx }) => {
    const [companiesByCountry, bySector, openRequests] = await Promise.all([
      countPublishedCompaniesByCountry(ctx.db),
      publishedCompaniesBySector(ctx.db),
      openRequestsBySector(ctx.db, ctx.clock.now()),
    ]);
    return { companiesByCountry, companiesBySector: bySector, openRequests };
  }),
} satisfies TRPCRouterRecord;
