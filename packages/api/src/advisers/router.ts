import {
  adviserApplicationOutputSchema,
  adviserClientOutputSchema,
  adviserContactRequestOutputSchema,
  adviserCompanyEditSchema,
  adviserConsentAnswerOutputSchema,
  adviserConsentOutputSchema,
  adviserConsentTokenSchema,
  adviserOrganizationDecisionSchema,
  adviserOrganizationOutputSchema,
  adviserOrganizationRegisterSchema,
  companySubmitSchema,
  contactCompanyIdSchema,
  contactRequestIdSchema,
  declineSchema,
  listingCreateSchema,
  noInputSchema,
} from "@karvon/data";
import {
  decideAdviserOrganization,
  findAdvisedCompany,
  findCompanyAdviserByToken,
  getAdviserOrganizationOf,
  getContactRequestById,
  listContactRequestsOfCompany,
  listPendingAdviserOrganizations,
  recordAudit,
  registerAdviserOrganization,
  saveCompanyDraft,
  setCompanyAdviserStatus,
  submitCompany,
  type CompanyRow,
  type Db,
} from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { acceptContactRequest, declineContactRequest } from "../contact/requests";
import { createCompanyListing } from "../listings/create";
import { toMemberListing } from "../listings/view";
import { noticeUser } from "../moderation/notices";
import { depsOf, protectedProcedure, publicProcedure, staffProcedure, type Context, type Session } from "../trpc";
import { consentTokenHash } from "./consent-token";
import { adviserOrganizationDecisionMail } from "./mail-templates";
import { adviserPortfolio } from "./portfolio";

/** Not found, unknown and expired look the same to whoever holds a link. */
function linkNotFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "errors.advisers.linkNotFound" });
}

/**
 * A company the caller acts for as an adviser, in the company's name (listings, answers to contact requests):
 * only once the company confirmed, only while it has not withdrawn, only for an approved organisation — read
 * again on every call. Everybody else is told the company does not exist.
 */
async function requireConfirmedClient(db: Db, session: Session, companyId: string): Promise<CompanyRow> {
  const advised = await findAdvisedCompany(db, { userId: session.user.id, companyId, statuses: ["confirmed"] });
  if (advised === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
  return advised.company;
}

/** The confirmed client a contact request was sent to; NOT_FOUND for any other request. */
async function requireClientRecipient(ctx: Context & { session: Session }, requestId: string): Promise<CompanyRow> {
  const request = await getContactRequestById(ctx.db, requestId);
  if (request === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.contact.requestNotFound" });
  return requireConfirmedClient(ctx.db, ctx.session, request.recipientCompanyId).catch(() => {
    throw new TRPCError({ code: "NOT_FOUND", message: "errors.contact.requestNotFound" });
  });
}

/** An adviser's answer in a company's name, in the audit log under the adviser's name. */
async function auditAnswer(ctx: Context & { session: Session }, params: { action: string; requestId: string; companyId: string }) {
  await recordAudit(ctx.db, {
    actorId: ctx.session.user.id,
    action: params.action,
    targetType: "contact-request",
    targetId: params.requestId,
    after: { companyId: params.companyId },
    ip: ctx.clientAddress,
    at: ctx.clock.now(),
  });
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

  /**
   * The adviser's portfolio: every company the organisation brought with its consent and review state, and for
   * the confirmed ones their published listings, waiting contact requests and matches. Empty until approved.
   */
  portfolio: protectedProcedure
    .input(noInputSchema)
    .output(z.array(adviserClientOutputSchema))
    .query(async ({ ctx }) => {
      const organization = await getAdviserOrganizationOf(ctx.db, ctx.session.user.id);
      if (organization === null || organization.status !== "approved") return [];
      return adviserPortfolio(ctx.db, organization.id);
    }),

  /** A listing in a confirmed client's name: like a member's, it goes to review before anyone sees it. */
  createListing: protectedProcedure.input(listingCreateSchema).mutation(async ({ ctx, input }) => {
    const company = await requireConfirmedClient(ctx.db, ctx.session, input.companyId);
    const at = ctx.clock.now();
    const row = await ctx.db.transaction(async (tx) => {
      const created = await createCompanyListing(tx, { company, input, createdBy: ctx.session.user.id, at });
      await recordAudit(tx, {
        actorId: ctx.session.user.id,
        action: "adviser.listing.create",
        targetType: "listing",
        targetId: created.id,
        after: { companyId: company.id, submitted: input.submit },
        ip: ctx.clientAddress,
        at,
      });
      return created;
    });
    return toMemberListing(row);
  }),

  /** The contact requests waiting for a confirmed client's answer, newest first. */
  contactRequests: protectedProcedure
    .input(contactCompanyIdSchema)
    .output(z.array(adviserContactRequestOutputSchema))
    .query(async ({ ctx, input }) => {
      const company = await requireConfirmedClient(ctx.db, ctx.session, input.companyId);
      const { received } = await listContactRequestsOfCompany(ctx.db, { companyId: company.id });
      return received
        .filter((request) => request.status === "pending")
        .map(({ id, otherCompany, purpose, message, createdAt }) => ({ id, senderName: otherCompany?.name ?? null, purpose, message, createdAt }));
    }),

  /** Accepts a contact request sent to a confirmed client, as its members would from the inbox. */
  acceptContactRequest: protectedProcedure.input(contactRequestIdSchema).mutation(async ({ ctx, input }) => {
    const recipient = await requireClientRecipient(ctx, input.requestId);
    const answered = await acceptContactRequest(depsOf(ctx), { recipient, requestId: input.requestId });
    await auditAnswer(ctx, { action: "adviser.contact.accept", requestId: input.requestId, companyId: recipient.id });
    return answered;
  }),

  /** Declines a contact request sent to a confirmed client, with the same reasons a member gives. */
  declineContactRequest: protectedProcedure.input(declineSchema).mutation(async ({ ctx, input }) => {
    const recipient = await requireClientRecipient(ctx, input.requestId);
    const answered = await declineContactRequest(depsOf(ctx), { recipient, requestId: input.requestId, reason: input.reason ?? null, note: input.note ?? null });
    await auditAnswer(ctx, { action: "adviser.contact.decline", requestId: input.requestId, companyId: recipient.id });
    return answered;
  }),

  /** What a consent link asks: which organisation wants to act for which company, and where it stands. */
  consent: publicProcedure.input(adviserConsentTokenSchema).output(adviserConsentOutputSchema).query(async ({ ctx, input }) => {
    const found = await findCompanyAdviserByToken(ctx.db, consentTokenHash(input.token));
    if (found === null) linkNotFound();
    return { companyName: found.company.legalName, organizationName: found.organization.name, kind: found.organization.kind, status: found.link.status };
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
    const at = ctx.clock.now();
    await ctx.db.transaction(async (tx) => {
      const withdrawn = await setCompanyAdviserStatus(tx, { companyId: found.company.id, from: ["awaiting", "confirmed"], to: "withdrawn", at });
      if (withdrawn === null) return;
      await recordAudit(tx, {
        actorId: null,
        action: "adviser.consent.withdraw",
        targetType: "company",
        targetId: found.company.id,
        after: { adviserOrganizationId: found.organization.id, by: found.link.consentEmail },
        ip: ctx.clientAddress,
        at,
      });
    });
    return { status: "withdrawn" as const };
  }),

  /**
   * An adviser edits a company its organisation brought, before it is first published, while the company has not
   * withdrawn it. The result must still be a complete profile; once the company has confirmed, the edit goes back
   * to review at once. Every edit is in the audit log under the adviser's name and organisation.
   */
  editCompany: protectedProcedure.input(adviserCompanyEditSchema).mutation(async ({ ctx, input }) => {
    const advised = await findAdvisedCompany(ctx.db, { userId: ctx.session.user.id, companyId: input.companyId });
    if (advised === null || advised.company.published !== null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
    const { company, link } = advised;
    const { country: _country, taxId: _taxId, ...patch } = input.patch;
    const complete = companySubmitSchema.safeParse({ legalName: company.legalName, ...company.profile, ...patch, country: company.country, taxId: company.taxId });
    if (!complete.success) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.company.incomplete", cause: complete.error });
    const at = ctx.clock.now();
    const saved = await ctx.db.transaction(async (tx) => {
      const draft = await saveCompanyDraft(tx, { companyId: company.id, patch, at });
      const submitted = link.status === "confirmed" ? await submitCompany(tx, { companyId: company.id, at }) : null;
      await recordAudit(tx, {
        actorId: ctx.session.user.id,
        action: "adviser.company.edit",
        targetType: "company",
        targetId: company.id,
        after: { adviserOrganizationId: link.organizationId, fields: Object.keys(patch) },
        ip: ctx.clientAddress,
        at,
      });
      return submitted ?? draft;
    });
    return { status: saved?.status ?? company.status, version: saved?.version ?? company.version };
  }),
} satisfies TRPCRouterRecord;
