import { adviserClaimInfoOutputSchema, adviserClaimOutputSchema, adviserClaimTokenSchema } from "@karvon/data";
import { claimCompanyOwnership, listAdviserUserIds, listCompanyOwners, recordAudit } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { noticeUser } from "../moderation/notices";
import { protectedProcedure, publicProcedure } from "../trpc";
import { findByClaimToken, maskEmail } from "./handover";
import { adviserCompanyClaimedMail } from "./handover-mail-templates";

/** Unknown, forged and expired links look the same. */
function claimLinkNotFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "errors.advisers.claimLinkNotFound" });
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The hand-over of a company an adviser brought to the company's own contact person, who becomes its owner: the
 * link (from the consent page or the publication mail) proves the mailbox once, the signed-in account's
 * verified address proves it again. Part of `advisers`.
 */
export const adviserHandoverProcedures = {
  /** What a hand-over link is about, for the claim page: public, since the visitor may still have to sign in. */
  claimInfo: publicProcedure
    .input(adviserClaimTokenSchema)
    .output(adviserClaimInfoOutputSchema)
    .query(async ({ ctx, input }) => {
      const found = await findByClaimToken(ctx.db, input.token, ctx.clock.now());
      if (found === null) claimLinkNotFound();
      const owners = await listCompanyOwners(ctx.db, found.company.id);
      const me = ctx.session?.user ?? null;
      const state = owners.length === 0 ? "open" : owners.some((owner) => owner.userId === me?.id) ? "mine" : "owned";
      return {
        companyName: found.company.legalName,
        organizationName: found.organization.name,
        maskedEmail: maskEmail(found.link.consentEmail),
        state,
        signedIn: me !== null,
        emailMatches: me !== null && sameAddress(me.email, found.link.consentEmail),
      };
    }),

  /**
   * The company's contact person takes the company over: signed in with the very address the consent mail went
   * to, confirmed by better-auth's verification. They become its owner the way an invited person becomes a
   * member; the adviser's consent stays as it was. Once only: a company with an owner refuses every later claim.
   */
  claim: protectedProcedure
    .input(adviserClaimTokenSchema)
    .output(adviserClaimOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const at = ctx.clock.now();
      const found = await findByClaimToken(ctx.db, input.token, at);
      if (found === null) claimLinkNotFound();
      const { company, link, organization } = found;
      const user = ctx.session.user;
      if (!sameAddress(user.email, link.consentEmail)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.advisers.claimOtherEmail" });
      if (!user.emailVerified) throw new TRPCError({ code: "FORBIDDEN", message: "errors.company.emailNotVerified" });
      await ctx.db.transaction(async (tx) => {
        const outcome = await claimCompanyOwnership(tx, { companyId: company.id, userId: user.id, at });
        if (outcome === "gone") claimLinkNotFound();
        if (outcome === "owned") throw new TRPCError({ code: "CONFLICT", message: "errors.advisers.alreadyOwned" });
        await recordAudit(tx, {
          actorId: user.id,
          action: "adviser.company.claim",
          targetType: "company",
          targetId: company.id,
          after: { adviserOrganizationId: organization.id, adviserStatus: link.status, by: link.consentEmail },
          ip: ctx.clientAddress,
          at,
        });
        for (const adviserId of await listAdviserUserIds(tx, organization.id)) {
          await noticeUser(tx, {
            userId: adviserId,
            kind: "adviser.claimed",
            notice: { title: company.legalName, path: "/advisers" },
            template: adviserCompanyClaimedMail,
            mailParams: (locale) => ({ companyName: company.legalName, url: `${ctx.config.publicUrl}/${locale}/advisers` }),
          });
        }
      });
      return { companyId: company.id, slug: company.slug };
    }),
} satisfies TRPCRouterRecord;
