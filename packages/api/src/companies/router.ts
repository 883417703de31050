import {
  companyCreateSchema,
  companyIdInputSchema,
  companyInvitationIdSchema,
  companyInviteSchema,
  companyLogoUploadSchema,
  companyMemberInputSchema,
  companySaveDraftSchema,
  companySlugInputSchema,
  companySubmitInputSchema,
  publicCompanySchema,
} from "@karvon/data";
import {
  acceptCompanyInvitation,
  countInvitationsSince,
  createCompanyDraft,
  createCompanyInvitation,
  getCompanyBySlug,
  getCompanyBySlugAnyState,
  getInvitation,
  hasCompanyLogo,
  isMemberByEmail,
  listCompanyMembers,
  listMyCompanies,
  listPendingInvitations,
  memberRole,
  recordAudit,
  removeCompanyMember,
  transferCompanyOwnership,
} from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { checkInvitee, enforceInvitationLimits, invitationExpiry, invitationStateFor } from "../invitations/rules";
import { queueMail } from "../mail";
import { companyInvitationMail } from "./mail-templates";
import { isStaff } from "./access";
import { isPublished } from "../contact/parties";
import { parseEnforcementReason } from "../moderation/enforcement-reason";
import { replaceWorkingLogo, saveWorkingCopy, submitWorkingCopy, workingCopyOf } from "./profile-edit";
import { toPublicCompany } from "./view";
import {
  companyMemberProcedure,
  companyOwnerProcedure,
  companyReaderProcedure,
  protectedProcedure,
  publicReadProcedure,
} from "../trpc";

export const companyRouter = {
  /** Starts onboarding: the organization, the owner's membership and the draft company, in one transaction. */
  create: protectedProcedure.input(companyCreateSchema).mutation(async ({ ctx, input }) => {
    const result = await createCompanyDraft(ctx.db, {
      userId: ctx.session.user.id,
      legalName: input.legalName,
      country: input.country,
      taxId: input.taxId,
      at: ctx.clock.now(),
    });
    if (!result.ok) throw new TRPCError({ code: "FORBIDDEN", message: "errors.company.tooManyDrafts" });
    return { id: result.company.id, slug: result.company.slug };
  }),

  /** Autosave of any step. Editing a published profile starts a new version; the approved one stays public. */
  saveDraft: companyMemberProcedure(companySaveDraftSchema).mutation(({ ctx, input }) => saveWorkingCopy(ctx.db, ctx.company, input, ctx.clock.now())),

  /** Checks the complete profile and hands it to the moderators. */
  submit: companyMemberProcedure(companySubmitInputSchema).mutation(async ({ ctx }) => {
    const { company } = ctx;
    const { status, version, submitted } = await submitWorkingCopy(ctx.db, company, ctx.clock.now());
    if (submitted === null) return { status, version };
    await recordAudit(ctx.db, {
      actorId: ctx.session.user.id,
      action: "company.submit",
      targetType: "company",
      targetId: company.id,
      after: { version: submitted.version, consentToPublish: true },
      at: ctx.clock.now(),
    });
    return { status, version };
  }),

  /** My companies with their review state (and the moderator's reasons when changes were requested). */
  mine: protectedProcedure.query(async ({ ctx }) => {
    const rows = await listMyCompanies(ctx.db, ctx.session.user.id);
    return rows.map(({ company, role }) => ({
      id: company.id,
      slug: company.slug,
      legalName: company.legalName,
      country: company.country,
      status: company.status,
      role,
      isPublic: company.published !== null && company.suspendedAt === null,
      suspended: company.suspendedAt !== null,
      /** Why the moderators suspended it (codes and note), shown to its members with what to do. */
      suspension: company.suspendedAt === null ? null : parseEnforcementReason(company.suspendedReason),
      reviewReasons: company.reviewReasons,
      reviewNote: company.reviewNote,
      verificationLevel: company.verificationLevel,
      updatedAt: company.updatedAt,
    }));
  }),

  /** The working copy for members (and staff), with where onboarding should resume. */
  byIdForMember: companyReaderProcedure(companyIdInputSchema).query(async ({ ctx }) => ({ ...(await workingCopyOf(ctx.db, ctx.company)), role: ctx.role })),

  /**
   * The public profile: the last approved snapshot of a published, unsuspended company. Members and staff see
   * an unpublished company's working copy as a preview; everyone else gets NOT_FOUND. Never contact details.
   */
  bySlug: publicReadProcedure
    .input(companySlugInputSchema)
    .output(publicCompanySchema)
    .query(async ({ ctx, input }) => {
      const published = await getCompanyBySlug(ctx.db, input.slug);
      if (published !== null) {
        const hasLogo = await hasCompanyLogo(ctx.db, published.id, "published");
        return toPublicCompany(published, published.published, { hasLogo, preview: false });
      }
      const company = ctx.session === null ? null : await getCompanyBySlugAnyState(ctx.db, input.slug);
      if (company === null || ctx.session === null) {
        throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
      }
      const role = await memberRole(ctx.db, { companyId: company.id, userId: ctx.session.user.id });
      if (role === null && !isStaff(ctx.session)) {
        throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
      }
      const hasLogo = await hasCompanyLogo(ctx.db, company.id, "working");
      return toPublicCompany(company, company.profile, { hasLogo, preview: true });
    }),

  /**
   * Replaces the working logo: checked (type, size, signature, no SVG) and re-encoded to WebP on the server. Like
   * any edit it returns the profile to draft; the public keeps the approved logo until the next approval.
   */
  uploadLogo: companyMemberProcedure(companyLogoUploadSchema).mutation(async ({ ctx, input }) => {
    await replaceWorkingLogo(ctx.db, ctx.company, input.dataUrl, ctx.clock.now());
    return { ok: true as const };
  }),

  listMembers: companyReaderProcedure(companyIdInputSchema).query(async ({ ctx }) => {
    const { company } = ctx;
    const [members, invitations] = await Promise.all([
      listCompanyMembers(ctx.db, company.id),
      listPendingInvitations(ctx.db, { companyId: company.id, at: ctx.clock.now() }),
    ]);
    return {
      members,
      invitations: invitations.map((invitation) => ({
        id: invitation.id,
        email: invitation.email,
        expiresAt: invitation.expiresAt,
      })),
    };
  }),

  /**
   * The owner invites a colleague by e-mail; the mail goes out in the inviter's language. Only a published,
   * not suspended company invites (its name in the mail was reviewed), within the daily limits.
   */
  invite: companyOwnerProcedure(companyInviteSchema).mutation(async ({ ctx, input }) => {
    const { company } = ctx;
    if (!isPublished(company) || company.suspendedAt !== null) {
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.company.invitationsNeedPublished" });
    }
    if (await isMemberByEmail(ctx.db, { companyId: company.id, email: input.email })) {
      throw new TRPCError({ code: "CONFLICT", message: "errors.company.alreadyMember" });
    }
    const now = ctx.clock.now();
    const locale = ctx.session.user.locale;
    const invitation = await ctx.db.transaction(async (tx) => {
      await enforceInvitationLimits(tx, {
        inviterId: ctx.session.user.id,
        now,
        teamCount: (since) => countInvitationsSince(tx, { organizationId: company.organizationId, since }),
        teamLimitMessage: "errors.company.invitationLimitCompany",
      });
      const created = await createCompanyInvitation(tx, { company, email: input.email, inviterId: ctx.session.user.id, at: now, expiresAt: invitationExpiry(now) });
      await queueMail(tx, {
        to: input.email,
        locale,
        template: companyInvitationMail,
        params: {
          inviterName: ctx.session.user.name,
          companyName: company.legalName,
          url: `${ctx.config.publicUrl}/${locale}/invitations/${created.id}`,
        },
        dedupeKey: `company-invitation:${created.id}`,
      });
      return created;
    });
    return { id: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt };
  }),

  /** What an invitation link is about, for the acceptance page. */
  invitation: protectedProcedure.input(companyInvitationIdSchema).query(async ({ ctx, input }) => {
    const found = await getInvitation(ctx.db, input.invitationId);
    if (found === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.invitationNotFound" });
    return { companyName: found.company.legalName, ...invitationStateFor(ctx.session, found.invitation, ctx.clock.now()) };
  }),

  /** The invited person (signed in with the invited, verified address) joins the company. */
  acceptInvitation: protectedProcedure.input(companyInvitationIdSchema).mutation(async ({ ctx, input }) => {
    const found = await getInvitation(ctx.db, input.invitationId);
    if (found === null || found.invitation.status !== "pending") {
      throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.invitationNotFound" });
    }
    checkInvitee(ctx.session, found.invitation, ctx.clock.now());
    const accepted = await acceptCompanyInvitation(ctx.db, {
      invitationId: found.invitation.id,
      userId: ctx.session.user.id,
      at: ctx.clock.now(),
    });
    if (accepted === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.invitationNotFound" });
    return { companyId: found.company.id, slug: found.company.slug };
  }),

  /** The owner removes a member; a member may remove themselves (leave). The owner must hand over first. */
  removeMember: companyMemberProcedure(companyMemberInputSchema).mutation(async ({ ctx, input }) => {
    const leaving = input.userId === ctx.session.user.id;
    const { company, role } = ctx;
    if (!leaving && role !== "owner") throw new TRPCError({ code: "FORBIDDEN", message: "errors.company.ownerOnly" });
    if (leaving && role === "owner") {
      throw new TRPCError({ code: "BAD_REQUEST", message: "errors.company.ownerCannotLeave" });
    }
    const removed = await removeCompanyMember(ctx.db, { companyId: company.id, userId: input.userId });
    if (!removed) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.memberNotFound" });
    return { ok: true as const };
  }),

  /** The owner makes another member the owner and becomes a member. */
  transferOwnership: companyOwnerProcedure(companyMemberInputSchema).mutation(async ({ ctx, input }) => {
    const { company } = ctx;
    if (input.userId === ctx.session.user.id) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "errors.company.alreadyOwner" });
    }
    const moved = await transferCompanyOwnership(ctx.db, {
      companyId: company.id,
      fromUserId: ctx.session.user.id,
      toUserId: input.userId,
    });
    if (!moved) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.memberNotFound" });
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
