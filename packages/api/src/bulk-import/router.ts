import { companyImportFileSchema } from "@karvon/data";
import type { TRPCRouterRecord } from "@trpc/server";
import { depsOf, staffProcedure } from "../trpc";
import { checkUploadedFile, importCompanyRow } from "./company-file";

/**
 * Files of companies from chambers and agencies: `preview` checks a file and says what would happen to each row;
 * `run` checks it again and imports the rows that are ready, each as a company under review.
 */
export const companyImportRouter = {
  preview: staffProcedure.input(companyImportFileSchema).mutation(async ({ ctx, input }) => {
    const { problems, rows, ready } = await checkUploadedFile(ctx.db, input.data);
    return { problems, rows, ready: ready.length };
  }),

  run: staffProcedure.input(companyImportFileSchema).mutation(async ({ ctx, input }) => {
    const { problems, rows, ready } = await checkUploadedFile(ctx.db, input.data);
    if (problems.length > 0) return { problems, created: 0, existing: 0, refused: 0 };
    const deps = depsOf(ctx);
    let created = 0;
    for (const row of ready) if ((await importCompanyRow(deps, row)) === "created") created++;
    const refused = rows.filter((row) => row.problems.some((problem) => problem.message !== "errors.import.duplicateInDatabase")).length;
    return { problems, created, existing: rows.length - refused - created, refused };
  }),
} satisfies TRPCRouterRecord;
