import {
  adviserClientProfileOutputSchema,
  adviserCompanyEditSchema,
  companyIdInputSchema,
  companyLogoUploadSchema,
  companySubmitInputSchema,
  publicCompanySchema,
} from "@karvon/data";
import { findAdvisedCompany, hasCompanyLogo, recordAudit, type AdviserOrganizationRow, type CompanyRow, type Db } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { replaceWorkingLogo, saveWorkingCopy, submitWorkingCopy, workingCopyOf } from "../companies/profile-edit";
import { toPublicCompany } from "../companies/view";
import { protectedProcedure, type Context, type Session } from "../trpc";

type Advised = { company: CompanyRow; organization: AdviserOrganizationRow };

/**
 * The company whose profile the caller edits as an adviser: brought by their approved organisation and not
 * withdrawn — only "confirmed" for what needs the company's consent (loading the form, submitting for review).
 * Read on every call; everybody else is told the company does not exist.
 */
async function requireAdvised(db: Db, session: Session, companyId: string, statuses: readonly ("awaiting" | "confirmed")[]): Promise<Advised> {
  const advised = await findAdvisedCompany(db, { userId: session.user.id, companyId, statuses });
  if (advised === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
  return advised;
}

/** Every profile change an adviser makes, under the adviser's name with the organisation and the company. */
async function auditProfile(ctx: Context & { session: Session }, action: string, advised: Advised, details: Record<string, unknown>, at: Date) {
  await recordAudit(ctx.db, {
    actorId: ctx.session.user.id,
    action,
    targetType: "company",
    targetId: advised.company.id,
    after: { adviserOrganizationId: advised.organization.id, organization: advised.organization.name, company: advised.company.legalName, ...details },
    ip: ctx.clientAddress,
    at,
  });
}

/**
 * An adviser edits a client's profile with the members' own form and the members' own code
 * (companies/profile-edit.ts): each save is a new draft version, an approved profile stays public as approved,
 * and only a submission hands the working copy to the moderators. Part of `advisers`.
 */
export const adviserProfileProcedures = {
  /** The working copy of a confirmed client, for the profile form. */
  clientProfile: protectedProcedure
    .input(companyIdInputSchema)
    .output(adviserClientProfileOutputSchema)
    .query(async ({ ctx, input }) => workingCopyOf(ctx.db, (await requireAdvised(ctx.db, ctx.session, input.companyId, ["confirmed"])).company)),

  /** The public view of a confirmed client's working copy: what will be public once the moderators approve it. */
  clientPreview: protectedProcedure
    .input(companyIdInputSchema)
    .output(publicCompanySchema)
    .query(async ({ ctx, input }) => {
      const { company } = await requireAdvised(ctx.db, ctx.session, input.companyId, ["confirmed"]);
      return toPublicCompany(company, company.profile, { hasLogo: await hasCompanyLogo(ctx.db, company.id, "working"), preview: true });
    }),

  /**
   * Saves fields of a company the organisation brought, before the company answered (its imported draft) or after
   * it confirmed, never after it withdrew: exactly a member's autosave, and an audit row per save.
   */
  editCompany: protectedProcedure.input(adviserCompanyEditSchema).mutation(async ({ ctx, input }) => {
    const advised = await requireAdvised(ctx.db, ctx.session, input.companyId, ["awaiting", "confirmed"]);
    const at = ctx.clock.now();
    return ctx.db.transaction(async (tx) => {
      const saved = await saveWorkingCopy(tx, advised.company, input, at);
      await auditProfile({ ...ctx, db: tx }, "adviser.company.edit", advised, { fields: Object.keys(input.patch), cleared: input.clear ?? [] }, at);
      return saved;
    });
  }),

  /** Replaces a confirmed client's working logo, as a member would; the approved logo stays public until review. */
  uploadCompanyLogo: protectedProcedure.input(companyLogoUploadSchema).mutation(async ({ ctx, input }) => {
    const advised = await requireAdvised(ctx.db, ctx.session, input.companyId, ["confirmed"]);
    const at = ctx.clock.now();
    await replaceWorkingLogo(ctx.db, advised.company, input.dataUrl, at);
    await auditProfile(ctx, "adviser.company.logo", advised, {}, at);
    return { ok: true as const };
  }),

  /**
   * Hands a confirmed client's complete working copy to the moderators, like a member's submission (with the same
   * consent to publish what the review step shows). Before the company confirmed, its consent does that.
   */
  submitCompany: protectedProcedure.input(companySubmitInputSchema).mutation(async ({ ctx, input }) => {
    const advised = await requireAdvised(ctx.db, ctx.session, input.companyId, ["confirmed"]);
    const at = ctx.clock.now();
    const { status, version, submitted } = await submitWorkingCopy(ctx.db, advised.company, at);
    if (submitted !== null) await auditProfile(ctx, "adviser.company.submit", advised, { version: submitted.version, consentToPublish: true }, at);
    return { status, version };
  }),
} satisfies TRPCRouterRecord;
