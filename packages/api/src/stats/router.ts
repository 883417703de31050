import { countPublishedCompaniesByCountry } from "@karvon/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicReadProcedure } from "../trpc";

const companiesByCountryOutput = z.record(z.string(), z.number().int().nonnegative());

export const statsRouter = {
  /** Live numbers for the home page: published companies per partner country. */
  companiesByCountry: publicReadProcedure
    .output(companiesByCountryOutput)
    .query(({ ctx }) => countPublishedCompaniesByCountry(ctx.db)),
} satisfies TRPCRouterRecord;
