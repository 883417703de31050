import { appealItemSchema, appealSchema, reportSchema } from "@karvon/data";
import { createReport, reportTargetExists } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { appealForItem, fileAppeal } from "./appeals";
import { depsOf, protectedProcedure } from "../trpc";

/**
 * Any signed-in user reports a company or listing; a company's members report the contact requests it received and
 * the other company's messages in its conversations. One open report per target and reporter.
 */
export const reportRouter = {
  create: protectedProcedure.input(reportSchema).mutation(async ({ ctx, input }) => {
    if (!(await reportTargetExists(ctx.db, { ...input, reporterId: ctx.session.user.id }))) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    const report = await createReport(ctx.db, { ...input, reporterId: ctx.session.user.id, at: ctx.clock.now() });
    if (report === null) throw new TRPCError({ code: "CONFLICT", message: "errors.report.alreadyOpen" });
    return { id: report.id, status: report.status };
  }),
} satisfies TRPCRouterRecord;

/** An owner appeals a rejection, suspension or hidden listing once, with a message; an admin decides. */
export const appealRouter = {
  create: protectedProcedure.input(appealSchema).mutation(({ ctx, input }) => fileAppeal(depsOf(ctx), input)),
  /** The company's members read the appeal and its outcome; the owner learns whether one may still be filed. */
  forItem: protectedProcedure.input(appealItemSchema).query(({ ctx, input }) => appealForItem(depsOf(ctx), input)),
} satisfies TRPCRouterRecord;
