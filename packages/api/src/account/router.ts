import { deleteAccountSchema, profileSchema } from "@karvon/data";
import { deleteAccount, exportAccountData, findUserById, updateUserProfile } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { protectedProcedure } from "../trpc";

export const accountRouter = {
  /** The signed-in person's own profile, as the account page shows it. */
  profile: protectedProcedure.query(async ({ ctx }) => {
    const profile = await findUserById(ctx.db, ctx.session.user.id);
    if (!profile) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    return profile;
  }),

  /** Name and language (the language of the portal and of every mail). */
  updateProfile: protectedProcedure.input(profileSchema).mutation(async ({ ctx, input }) => {
    await updateUserProfile(ctx.db, { userId: ctx.session.user.id, name: input.name, locale: input.locale });
    return { ok: true as const };
  }),

  /** Everything the portal holds about me and my companies, as one JSON document. */
  exportData: protectedProcedure.query(async ({ ctx }) => {
    const data = await exportAccountData(ctx.db, ctx.session.user.id);
    if (!data) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    return { exportedAt: ctx.clock.now().toISOString(), ...data };
  }),

  /**
   * Erases my account: personal data deleted in one transaction; a company I shared with others stays, one I
   * was alone in is marked deleted (its partners keep their conversations). Refused while such a company is
   * suspended or reported. Confirmed by typing my own e-mail address.
   */
  delete: protectedProcedure.input(deleteAccountSchema).mutation(async ({ ctx, input }) => {
    if (input.confirmEmail !== ctx.session.user.email.toLowerCase()) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "errors.account.confirmEmail" });
    }
    const result = await deleteAccount(ctx.db, ctx.session.user.id, ctx.clock.now());
    if (!result.ok) throw new TRPCError({ code: "CONFLICT", message: "errors.account.companyUnderModeration" });
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
