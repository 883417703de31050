import { companyImportFileSchema } from "@karvon/data";
import { getAdviserOrganizationOf, type AdviserOrganizationRow } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { isStaff } from "../companies/access";
import { depsOf, protectedProcedure } from "../trpc";
import { checkConsentMailsLeft } from "../advisers/consent-limit";
import { checkUploadedFile, importCompanyRow } from "./company-file";

/**
 * Staff, or an adviser of an approved organisation (`ctx.adviser`, null for staff): everybody else is refused. An
 * adviser who is also staff imports as staff.
 */
const importerProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const importer: { adviser: AdviserOrganizationRow | null } = { adviser: null };
  if (!isStaff(ctx.session)) {
    importer.adviser = await getAdviserOrganizationOf(ctx.db, ctx.session.user.id);
    if (importer.adviser?.status !== "approved") throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
  }
  return next({ ctx: importer });
});

/**
 * Files of companies from chambers and agencies: `preview` checks a file and says what would happen to each row;
 * `run` checks it again and imports the rows that are ready, each as a company under review.
 */
export const companyImportRouter = {
  preview: importerProcedure.input(companyImportFileSchema).mutation(async ({ ctx, input }) => {
    const { problems, rows, ready } = await checkUploadedFile(ctx.db, input.data);
    return { problems, rows, ready: ready.length };
  }),

  run: importerProcedure.input(companyImportFileSchema).mutation(async ({ ctx, input }) => {
    const { problems, rows, ready } = await checkUploadedFile(ctx.db, input.data);
    if (problems.length > 0) return { problems, created: 0, existing: 0, refused: 0 };
    const deps = depsOf(ctx);
    if (ctx.adviser !== null) {
      await checkConsentMailsLeft(ctx.db, { organizationId: ctx.adviser.id, wanted: ready.length, limit: ctx.config.adviserConsentMailsPerDay, now: deps.now });
    }
    let created = 0;
    for (const row of ready) if ((await importCompanyRow(deps, row, ctx.adviser)) === "created") created++;
    const refused = rows.filter((row) => row.problems.some((problem) => problem.message !== "errors.import.duplicateInDatabase")).length;
    return { problems, created, existing: rows.length - refused - created, refused };
  }),
} satisfies TRPCRouterRecord;
