import {
  adviserActivityOutputSchema,
  adviserConsentAnswerOutputSchema,
  adviserConsentTokenSchema,
  companyAdviserOutputSchema,
  companyIdInputSchema,
} from "@karvon/data";
import { findCompanyAdviserByCompany, findCompanyAdviserByToken } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { companyMemberProcedure, companyOwnerProcedure, publicProcedure } from "../trpc";
import { adviserActivityOf, companyAdviserOf, withdrawCompanyAdviser } from "./activity";
import { consentTokenHash } from "./consent-token";

/**
 * The company's side of its adviser: what the organisation did in its name, for the contact person who holds the
 * consent link and for the company's members once somebody owns it; and the owner's withdrawal, the same as the
 * link's. Part of `advisers`.
 */
export const adviserCompanyProcedures = {
  /** What the organisation did in the company's name, for whoever holds the consent link (names only). */
  consentActivity: publicProcedure
    .input(adviserConsentTokenSchema)
    .output(adviserActivityOutputSchema)
    .query(async ({ ctx, input }) => {
      const found = await findCompanyAdviserByToken(ctx.db, consentTokenHash(input.token));
      if (found === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.advisers.linkNotFound" });
      return adviserActivityOf(ctx.db, found, ctx.clock.now());
    }),

  /** The organisation of advisers that brought the company, for its members' dashboard; null when none did. */
  companyAdviser: companyMemberProcedure(companyIdInputSchema)
    .output(companyAdviserOutputSchema.nullable())
    .query(async ({ ctx }) => {
      const found = await findCompanyAdviserByCompany(ctx.db, ctx.company.id);
      return found === null ? null : companyAdviserOf(found);
    }),

  /** The same list the consent link shows, for the company's members; null when no organisation brought it. */
  companyActivity: companyMemberProcedure(companyIdInputSchema)
    .output(adviserActivityOutputSchema.nullable())
    .query(async ({ ctx }) => {
      const found = await findCompanyAdviserByCompany(ctx.db, ctx.company.id);
      return found === null ? null : adviserActivityOf(ctx.db, found, ctx.clock.now());
    }),

  /** The owner withdraws the adviser, as the consent link does: its advisers lose access with their next request. */
  withdrawCompanyAdviser: companyOwnerProcedure(companyIdInputSchema)
    .output(adviserConsentAnswerOutputSchema)
    .mutation(async ({ ctx }) => {
      const found = await findCompanyAdviserByCompany(ctx.db, ctx.company.id);
      if (found === null) throw new TRPCError({ code: "CONFLICT", message: "errors.advisers.noAdviser" });
      await withdrawCompanyAdviser(ctx.db, { found, actorId: ctx.session.user.id, by: "owner", ip: ctx.clientAddress, at: ctx.clock.now() });
      return { status: "withdrawn" as const };
    }),
} satisfies TRPCRouterRecord;
