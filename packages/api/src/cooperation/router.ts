import { nationalImportCitationFields, nationalImports, noInputSchema, partnerCountryCodes, partnerOf, rankOpportunities, type OpportunityCounts, type PartnerCountry } from "@karvon/data";
import { countPublishedCompaniesByCountry, monthlyActivity, openRequestsBySector, publicListingsByChapter, publishedCompaniesBySector } from "@karvon/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicReadProcedure } from "../trpc";

const count = z.number().int().nonnegative();

/** Counts only: per country code, per sector and country, per sector. */
const liveOutput = z.object({
  companiesByCountry: z.record(z.string(), count),
  companiesBySector: z.array(z.object({ key: z.string(), group: z.string(), total: count })),
  openRequests: z.array(z.object({ key: z.string(), total: count })),
});

const activityOutput = z.array(
  z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), companies: count, listings: count, contactRequests: count, acceptedContacts: count }),
);

const partnerCountrySchema = z.enum(partnerCountryCodes);
const opportunitiesOutput = z.array(
  z.object({
    chapter: z.string(),
    importer: partnerCountrySchema,
    offers: count,
    requests: count,
    figure: z.object({ ...nationalImportCitationFields, unit: z.literal("USD") }).optional(),
  }),
);

/** Months of platform activity the dashboard shows, the current one included. */
const activityMonths = 12;

/** The platform's own live numbers for the public cooperation page, beside the bilateral figures. */
export const cooperationRouter = {
  live: publicReadProcedure.input(noInputSchema).output(liveOutput).query(async ({ ctx }) => {
    const [companiesByCountry, bySector, openRequests] = await Promise.all([
      countPublishedCompaniesByCountry(ctx.db),
      publishedCompaniesBySector(ctx.db),
      openRequestsBySector(ctx.db, ctx.clock.now()),
    ]);
    return { companiesByCountry, companiesBySector: bySector, openRequests };
  }),

  /** Companies and listings published, contact requests sent and accepted, per month of the last year. */
  activity: publicReadProcedure.input(noInputSchema).output(activityOutput).query(({ ctx }) => {
    const at = ctx.clock.now();
    const since = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - (activityMonths - 1), 1));
    return monthlyActivity(ctx.db, { since, at });
  }),

  /**
   * Every HS chapter and importing country with its public offers from the partner country's companies and
   * requests from its own, ranked by substitution potential (a sourced national import figure first).
   */
  opportunities: publicReadProcedure.input(noInputSchema).output(opportunitiesOutput).query(async ({ ctx }) => {
    const rows = await publicListingsByChapter(ctx.db, ctx.clock.now());
    const total = (chapter: string, country: string, kind: "offer" | "request") =>
      rows.find((row) => row.chapter === chapter && row.country === country && row.kind === kind)?.total ?? 0;
    const chapters = [...new Set([...rows.map((row) => row.chapter), ...nationalImports.map((figure) => figure.chapter)])];
    const counts: OpportunityCounts[] = chapters.flatMap((chapter) =>
      partnerCountryCodes.map((importer: PartnerCountry) => ({
        chapter,
        importer,
        offers: total(chapter, partnerOf(importer), "offer"),
        requests: total(chapter, importer, "request"),
      })),
    );
    return rankOpportunities(counts, nationalImports).map(({ figure, ...row }) =>
      figure
        ? { ...row, figure: { product: figure.product, origins: figure.origins, value: figure.value, unit: figure.unit, period: figure.period, source: figure.source } }
        : row,
    );
  }),
} satisfies TRPCRouterRecord;
