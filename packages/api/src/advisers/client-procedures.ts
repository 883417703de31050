import {
  adviserClientSummaryOutputSchema,
  adviserContactRequestOutputSchema,
  adviserPortfolioInputSchema,
  adviserPortfolioOutputSchema,
  adviserPortfolioPageSize,
  contactCompanyIdSchema,
  contactRequestIdSchema,
  declineSchema,
  listingCreateSchema,
} from "@karvon/data";
import {
  findAdvisedCompany,
  getAdviserOrganizationOf,
  getContactRequestById,
  isCompanySearchable,
  listContactRequestsOfCompany,
  recordAudit,
  type AdviserOrganizationRow,
  type CompanyRow,
  type Db,
} from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { acceptContactRequest, declineContactRequest } from "../contact/requests";
import { createCompanyListing } from "../listings/create";
import { toMemberListing } from "../listings/view";
import { depsOf, protectedProcedure, type Context, type Session } from "../trpc";
import { adviserPortfolio } from "./portfolio";

/**
 * A company the caller acts for as an adviser, in the company's name (listings, answers to contact requests):
 * only once the company confirmed, only while it has not withdrawn, only for an approved organisation — read
 * again on every call. Everybody else is told the company does not exist.
 */
async function requireConfirmedClient(db: Db, session: Session, companyId: string): Promise<{ company: CompanyRow; organization: AdviserOrganizationRow }> {
  const advised = await findAdvisedCompany(db, { userId: session.user.id, companyId, statuses: ["confirmed"] });
  if (advised === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
  return advised;
}

/** The confirmed client a contact request was sent to, and the adviser's organisation; NOT_FOUND for any other request. */
async function requireClientRecipient(ctx: Context & { session: Session }, requestId: string): Promise<{ company: CompanyRow; organization: AdviserOrganizationRow }> {
  const request = await getContactRequestById(ctx.db, requestId);
  if (request === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.contact.requestNotFound" });
  // A request to any other company reads as unknown, not as "company not found".
  return requireConfirmedClient(ctx.db, ctx.session, request.recipientCompanyId).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") throw new TRPCError({ code: "NOT_FOUND", message: "errors.contact.requestNotFound" });
    throw error;
  });
}

/** An adviser's answer in a company's name, in the audit log under the adviser's name with both names. */
async function auditAnswer(
  ctx: Context & { session: Session },
  params: { action: string; requestId: string; company: CompanyRow; organization: AdviserOrganizationRow },
) {
  await recordAudit(ctx.db, {
    actorId: ctx.session.user.id,
    action: params.action,
    targetType: "contact-request",
    targetId: params.requestId,
    after: { companyId: params.company.id, organization: params.organization.name, company: params.company.legalName },
    ip: ctx.clientAddress,
    at: ctx.clock.now(),
  });
}

/**
 * What advisers do for the companies their organisation brought: the portfolio, and in a confirmed client's name
 * its listings and its answers to contact requests, through the members' own code paths. Part of `advisers`.
 */
export const adviserClientProcedures = {
  /**
   * The adviser's portfolio, a page at a time: the companies the organisation brought with their consent and
   * review state, and for the confirmed ones their published listings, waiting contact requests and matches.
   * Empty until the organisation is approved.
   */
  portfolio: protectedProcedure
    .input(adviserPortfolioInputSchema)
    .output(adviserPortfolioOutputSchema)
    .query(async ({ ctx, input }) => {
      const organization = await getAdviserOrganizationOf(ctx.db, ctx.session.user.id);
      if (organization === null || organization.status !== "approved") return { clients: [], total: 0, page: input.page, pageSize: adviserPortfolioPageSize };
      return adviserPortfolio(ctx.db, { organizationId: organization.id, page: input.page });
    }),

  /** A confirmed client, named for the pages that act in its name; NOT_FOUND like every other client procedure. */
  client: protectedProcedure
    .input(contactCompanyIdSchema)
    .output(adviserClientSummaryOutputSchema)
    .query(async ({ ctx, input }) => {
      const { company, organization } = await requireConfirmedClient(ctx.db, ctx.session, input.companyId);
      return { companyId: company.id, name: company.legalName, organizationName: organization.name, isPublished: isCompanySearchable(company) };
    }),

  /**
   * A listing in a confirmed client's name: like a member's, it goes to review before anyone sees it. The audit
   * row names the organisation and the company, so staff read who published it for whom.
   */
  createListing: protectedProcedure.input(listingCreateSchema).mutation(async ({ ctx, input }) => {
    const { company, organization } = await requireConfirmedClient(ctx.db, ctx.session, input.companyId);
    const at = ctx.clock.now();
    const row = await ctx.db.transaction(async (tx) => {
      const created = await createCompanyListing(tx, { company, input, createdBy: ctx.session.user.id, at });
      await recordAudit(tx, {
        actorId: ctx.session.user.id,
        action: "adviser.listing.create",
        targetType: "listing",
        targetId: created.id,
        after: { companyId: company.id, organization: organization.name, company: company.legalName, submitted: input.submit },
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
      const { company } = await requireConfirmedClient(ctx.db, ctx.session, input.companyId);
      const { received } = await listContactRequestsOfCompany(ctx.db, { companyId: company.id });
      return received
        .filter((request) => request.status === "pending")
        .map(({ id, otherCompany, purpose, message, createdAt }) => ({ id, senderName: otherCompany?.name ?? null, purpose, message, createdAt }));
    }),

  /** Accepts a contact request sent to a confirmed client, as its members would from the inbox. */
  acceptContactRequest: protectedProcedure.input(contactRequestIdSchema).mutation(async ({ ctx, input }) => {
    const { company: recipient, organization } = await requireClientRecipient(ctx, input.requestId);
    const answered = await acceptContactRequest(depsOf(ctx), { recipient, requestId: input.requestId });
    await auditAnswer(ctx, { action: "adviser.contact.accept", requestId: input.requestId, company: recipient, organization });
    return answered;
  }),

  /** Declines a contact request sent to a confirmed client, with the same reasons a member gives. */
  declineContactRequest: protectedProcedure.input(declineSchema).mutation(async ({ ctx, input }) => {
    const { company: recipient, organization } = await requireClientRecipient(ctx, input.requestId);
    const answered = await declineContactRequest(depsOf(ctx), { recipient, requestId: input.requestId, reason: input.reason ?? null, note: input.note ?? null });
    await auditAnswer(ctx, { action: "adviser.contact.decline", requestId: input.requestId, company: recipient, organization });
    return answered;
  }),

} satisfies TRPCRouterRecord;
