import { companyIdInputSchema } from "@karvon/data";
import { countPendingReceivedRequests, setSessionActiveOrganization } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { companyNameOf } from "../contact/parties";
import { companyOrNoneProcedure } from "../trpc";

const actingCompanyOutput = z.object({
  /** Null for a person without a company. */
  actingCompanyId: z.string().nullable(),
  /** All my companies, in a stable order (newest first), each with the requests waiting for its answer. */
  companies: z.array(
    z.object({ id: z.string(), name: z.string(), suspended: z.boolean(), pendingReceived: z.number().int().nonnegative() }),
  ),
});

/**
 * The company a person acts for in the inbox, the dashboard's suggestions and when expressing interest, and the
 * switch between their companies. The choice is kept on the session (better-auth's active organization).
 */
export const actingCompanyRouter = {
  current: companyOrNoneProcedure.output(actingCompanyOutput).query(async ({ ctx }) => {
    const actingFirst = ctx.myCompanies;
    const pending = await countPendingReceivedRequests(ctx.db, actingFirst.map((company) => company.id));
    const newestFirst = [...actingFirst].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    return {
      actingCompanyId: actingFirst[0]?.id ?? null,
      companies: newestFirst.map((company) => ({
        id: company.id,
        name: companyNameOf(company),
        suspended: company.suspendedAt !== null,
        pendingReceived: pending.get(company.id) ?? 0,
      })),
    };
  }),

  /** Switches to one of my companies; any other company does not exist for me (NOT_FOUND). */
  set: companyOrNoneProcedure
    .input(companyIdInputSchema)
    .output(z.object({ companyId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const company = ctx.myCompanies.find((mine) => mine.id === input.companyId);
      if (company === undefined) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
      await setSessionActiveOrganization(ctx.db, {
        sessionId: ctx.session.session.id,
        userId: ctx.session.user.id,
        organizationId: company.organizationId,
        at: ctx.clock.now(),
      });
      return { companyId: company.id };
    }),
} satisfies TRPCRouterRecord;
