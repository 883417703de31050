import { listSitemapEntries } from "@karvon/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicReadProcedure } from "../trpc";

const sitemapOutput = z.object({
  companies: z.array(z.object({ slug: z.string(), updatedAt: z.date() })),
  listings: z.array(z.object({ id: z.string(), updatedAt: z.date() })),
});

export const seoRouter = {
  /** Public addresses for /sitemap.xml: only what anyone may see. */
  sitemap: publicReadProcedure.output(sitemapOutput).query(({ ctx }) => listSitemapEntries(ctx.db)),
} satisfies TRPCRouterRecord;
