import {
  adviserApplicationOutputSchema,
  adviserConsentAnswerOutputSchema,
  adviserConsentOutputSchema,
  adviserConsentTokenSchema,
  adviserOrganizationDecisionSchema,
  adviserOrganizationOutputSchema,
  adviserOrganizationRegisterSchema,
  companySubmitSchema,
  noInputSchema,
} from "@karvon/data";
import {
  decideAdviserOrganization,
  findCompanyAdviserByToken,
  getAdviserOrganizationOf,
  listPendingAdviserOrganizations,
  recordAudit,
  registerAdviserOrganization,
  setCompanyAdviserStatus,
  submitCompany,
} from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { noticeUser } from "../moderation/notices";
import { protectedProcedure, publicProcedure, staffProcedure } from "../trpc";
import { withdrawCompanyAdviser } from "./activity";
import { adviserClientProcedures } from "./client-procedures";
import { adviserCompanyProcedures } from "./company-procedures";
import { adviserProfileProcedures } from "./profile-procedures";
import { adviserTeamProcedures } from "./team-procedures";
import { consentTokenHash } from "./consent-token";
import { claimTokenWhileUnowned } from "./handover";
import { adviserHandoverProcedures } from "./handover-procedures";
import { adviserOrganizationDecisionMail } from "./mail-templates";

/** Not found, unknown and expired look the same to whoever holds a link. */
function linkNotFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "errors.advisers.linkNotFound" });
}

/**
 * Organisations of advisers (chambers, agencies, economic-zone administrations, trade houses) and the consent of
 * the companies they bring. An organisation is registered by its first adviser and approved by staff; its
 * advisers then import files (bulk-import/router.ts) and edit the drafts they imported while the company lets
 * them. The consent procedures are public: the secret link mailed to the company's own address is the key.
 */
export const adviserRouter = {
  register: protectedProcedure.input(adviserOrganizationRegisterSchema).mutation(async ({ ctx, input }) => {
    const organization = await registerAdviserOrganization(ctx.db, { userId: ctx.session.user.id, ...input, at: ctx.clock.now() });
    if (organization === null) throw new TRPCError({ code: "CONFLICT", message: "errors.advisers.alreadyRegistered" });
    await recordAudit(ctx.db, {
      actorId: ctx.session.user.id,
      action: "adviser.organization.register",
      targetType: "adviser-organization",
      targetId: organization.id,
      after: input,
      ip: ctx.clientAddress,
      at: ctx.clock.now(),
    });
    return { id: organization.id, status: organization.status };
  }),

  /** The organisation the person acts for and its state (with staff's reason after a rejection), or null. */
  mine: protectedProcedure
    .input(noInputSchema)
    .output(adviserOrganizationOutputSchema.nullable())
    .query(async ({ ctx }) => {
      const organization = await getAdviserOrganizationOf(ctx.db, ctx.session.user.id);
      if (organization === null) return null;
      const { id, name, kind, country, status, decisionReason } = organization;
      return { id, name, kind, country, status, decisionReason };
    }),

  /** Applications waiting for staff, with whom to reach at the organisation and who applied. */
  pending: staffProcedure
    .input(noInputSchema)
    .output(z.array(adviserApplicationOutputSchema))
    .query(async ({ ctx }) =>
      (await listPendingAdviserOrganizations(ctx.db)).map(({ organization: o, applicant }) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
        country: o.country,
        website: o.website,
        contactName: o.contactName,
        contactEmail: o.contactEmail,
        contactPhone: o.contactPhone,
        applicant,
        createdAt: o.createdAt,
      })),
    ),

  /**
   * Staff approve or reject an application (a rejection with its reason). The person who applied reads the
   * outcome in a notice and a mail in their language, sent with the decision or not at all.
   */
  decide: staffProcedure.input(adviserOrganizationDecisionSchema).mutation(async ({ ctx, input }) => {
    const approve = input.decision === "approve";
    const at = ctx.clock.now();
    const reason = approve ? null : (input.reason ?? null);
    const decided = await ctx.db.transaction(async (tx) => {
      const row = await decideAdviserOrganization(tx, { organizationId: input.organizationId, approve, reason, deciderId: ctx.session.user.id, at });
      if (row === null) return null;
      await recordAudit(tx, {
        actorId: ctx.session.user.id,
        action: `adviser.organization.${input.decision}`,
        targetType: "adviser-organization",
        targetId: row.id,
        after: { status: row.status, reason },
        ip: ctx.clientAddress,
        at,
      });
      if (row.createdBy !== null) {
        await noticeUser(tx, {
          userId: row.createdBy,
          kind: `adviser.${input.decision}`,
          notice: { title: row.name, note: reason, path: "/advisers" },
          template: adviserOrganizationDecisionMail,
          mailParams: (locale) => ({ organizationName: row.name, approved: approve, reason, url: `${ctx.config.publicUrl}/${locale}/advisers` }),
        });
      }
      return row;
    });
    if (decided === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.advisers.organizationNotFound" });
    return { status: decided.status };
  }),

  /** What a consent link asks: which organisation wants to act for which company, and where it stands. */
  consent: publicProcedure.input(adviserConsentTokenSchema).output(adviserConsentOutputSchema).query(async ({ ctx, input }) => {
    const found = await findCompanyAdviserByToken(ctx.db, consentTokenHash(input.token));
    if (found === null) linkNotFound();
    return {
      companyName: found.company.legalName,
      organizationName: found.organization.name,
      kind: found.organization.kind,
      status: found.link.status,
      claimToken: await claimTokenWhileUnowned(ctx.db, found, ctx.clock.now()),
    };
  }),

  /** The company confirms its adviser: the imported profile goes to review (staff still decide). */
  confirm: publicProcedure.input(adviserConsentTokenSchema).output(adviserConsentAnswerOutputSchema).mutation(async ({ ctx, input }) => {
    const found = await findCompanyAdviserByToken(ctx.db, consentTokenHash(input.token));
    if (found === null) linkNotFound();
    if (found.link.status === "withdrawn") throw new TRPCError({ code: "CONFLICT", message: "errors.advisers.withdrawn" });
    const at = ctx.clock.now();
    await ctx.db.transaction(async (tx) => {
      const confirmed = await setCompanyAdviserStatus(tx, { companyId: found.company.id, from: ["awaiting"], to: "confirmed", at });
      if (confirmed === null) return;
      const { company } = found;
      const complete = companySubmitSchema.safeParse({ legalName: company.legalName, ...company.profile, country: company.country, taxId: company.taxId });
      if (complete.success && company.published === null) await submitCompany(tx, { companyId: company.id, at });
      await recordAudit(tx, {
        actorId: null,
        action: "adviser.consent.confirm",
        targetType: "company",
        targetId: company.id,
        after: { adviserOrganizationId: found.organization.id, by: found.link.consentEmail },
        ip: ctx.clientAddress,
        at,
      });
    });
    return { status: "confirmed" as const };
  }),

  /** The company refuses or withdraws its adviser, at any time: the advisers lose access with the next request. */
  withdraw: publicProcedure.input(adviserConsentTokenSchema).output(adviserConsentAnswerOutputSchema).mutation(async ({ ctx, input }) => {
    const found = await findCompanyAdviserByToken(ctx.db, consentTokenHash(input.token));
    if (found === null) linkNotFound();
    await withdrawCompanyAdviser(ctx.db, { found, actorId: null, by: found.link.consentEmail, ip: ctx.clientAddress, at: ctx.clock.now() });
    return { status: "withdrawn" as const };
  }),

  ...adviserClientProcedures,
  ...adviserProfileProcedures,
  ...adviserTeamProcedures,
  ...adviserHandoverProcedures,
  ...adviserCompanyProcedures,
} satisfies TRPCRouterRecord;
