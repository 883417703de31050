import {
  adviserInvitationIdSchema,
  adviserInvitationOutputSchema,
  adviserInviteSchema,
  adviserMemberInputSchema,
  adviserTeamOutputSchema,
  noInputSchema,
} from "@karvon/data";
import {
  acceptAdviserInvitation,
  cancelAdviserInvitation,
  countAdviserInvitationsSince,
  createAdviserInvitation,
  findUserByEmail,
  getAdviserInvitation,
  getAdviserOrganizationOf,
  isAdviserByEmail,
  listAdvisers,
  listPendingAdviserInvitations,
  recordAudit,
  removeAdviser,
  type AdviserOrganizationRow,
} from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { checkInvitee, enforceInvitationLimits, invitationExpiry, invitationStateFor } from "../invitations/rules";
import { queueMail } from "../mail";
import { protectedProcedure, type Context, type Session } from "../trpc";
import { adviserInvitationMail } from "./mail-templates";

/** The approved organisation the caller acts for; anybody else may not manage a team. */
async function requireApprovedOrganization(ctx: Context & { session: Session }): Promise<AdviserOrganizationRow> {
  const organization = await getAdviserOrganizationOf(ctx.db, ctx.session.user.id);
  if (organization === null || organization.status !== "approved") throw new TRPCError({ code: "FORBIDDEN", message: "errors.advisers.notApproved" });
  return organization;
}

/** A team change, under the adviser's name with the organisation. */
async function auditTeam(ctx: Context & { session: Session }, action: string, organization: AdviserOrganizationRow, details: Record<string, unknown>) {
  await recordAudit(ctx.db, {
    actorId: ctx.session.user.id,
    action,
    targetType: "adviser-organization",
    targetId: organization.id,
    after: { organization: organization.name, ...details },
    ip: ctx.clientAddress,
    at: ctx.clock.now(),
  });
}

const invitationNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "errors.company.invitationNotFound" });

/**
 * The people of an organisation of advisers: an approved organisation's advisers invite colleagues by e-mail
 * (the rules of company invitations: invitations/rules.ts), revoke invitations and remove advisers — never the last
 * one. Part of `advisers`.
 */
export const adviserTeamProcedures = {
  /** Who acts for the caller's organisation and whom they invited (pending, not expired). */
  team: protectedProcedure
    .input(noInputSchema)
    .output(adviserTeamOutputSchema)
    .query(async ({ ctx }) => {
      const organization = await requireApprovedOrganization(ctx);
      const [people, invitations] = await Promise.all([
        listAdvisers(ctx.db, organization.id),
        listPendingAdviserInvitations(ctx.db, { organizationId: organization.id, at: ctx.clock.now() }),
      ]);
      return {
        organizationName: organization.name,
        advisers: people.map((person) => ({ ...person, isMe: person.userId === ctx.session.user.id })),
        invitations: invitations.map(({ id, email, expiresAt }) => ({ id, email, expiresAt })),
      };
    }),

  /**
   * Invites a colleague: a mail with a link, in the colleague's language when the address has an account (else in
   * the one the adviser chose), within the daily caps of company invitations.
   */
  invite: protectedProcedure.input(adviserInviteSchema).mutation(async ({ ctx, input }) => {
    const organization = await requireApprovedOrganization(ctx);
    if (await isAdviserByEmail(ctx.db, { organizationId: organization.id, email: input.email })) {
      throw new TRPCError({ code: "CONFLICT", message: "errors.advisers.alreadyAdviser" });
    }
    const now = ctx.clock.now();
    const locale = (await findUserByEmail(ctx.db, input.email))?.locale ?? input.locale;
    const invitation = await ctx.db.transaction(async (tx) => {
      await enforceInvitationLimits(tx, {
        inviterId: ctx.session.user.id,
        now,
        teamCount: (since) => countAdviserInvitationsSince(tx, { organizationId: organization.id, since }),
        teamLimitMessage: "errors.advisers.invitationLimit",
      });
      const created = await createAdviserInvitation(tx, { organizationId: organization.id, email: input.email, inviterId: ctx.session.user.id, at: now, expiresAt: invitationExpiry(now) });
      await queueMail(tx, {
        to: created.email,
        locale,
        template: adviserInvitationMail,
        params: { inviterName: ctx.session.user.name, organizationName: organization.name, url: `${ctx.config.publicUrl}/${locale}/advisers/invitations/${created.id}` },
        dedupeKey: `adviser-invitation:${created.id}`,
      });
      await auditTeam({ ...ctx, db: tx }, "adviser.invitation.create", organization, { invitationId: created.id, email: created.email });
      return created;
    });
    return { id: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt };
  }),

  /** Revokes a pending invitation of the caller's organisation: its link stops working at once. */
  revokeInvitation: protectedProcedure.input(adviserInvitationIdSchema).mutation(async ({ ctx, input }) => {
    const organization = await requireApprovedOrganization(ctx).catch(() => {
      throw invitationNotFound();
    });
    const revoked = await cancelAdviserInvitation(ctx.db, { organizationId: organization.id, invitationId: input.invitationId });
    if (revoked === null) throw invitationNotFound();
    await auditTeam(ctx, "adviser.invitation.revoke", organization, { invitationId: revoked.id, email: revoked.email });
    return { ok: true as const };
  }),

  /** Removes an adviser (the caller too) from the organisation, unless they are the last one. */
  removeAdviser: protectedProcedure.input(adviserMemberInputSchema).mutation(async ({ ctx, input }) => {
    const organization = await requireApprovedOrganization(ctx).catch(() => {
      throw new TRPCError({ code: "NOT_FOUND", message: "errors.advisers.adviserNotFound" });
    });
    const outcome = await removeAdviser(ctx.db, { organizationId: organization.id, userId: input.userId });
    if (outcome === "not-found") throw new TRPCError({ code: "NOT_FOUND", message: "errors.advisers.adviserNotFound" });
    if (outcome === "last") throw new TRPCError({ code: "BAD_REQUEST", message: "errors.advisers.lastAdviser" });
    await auditTeam(ctx, "adviser.remove", organization, { userId: input.userId });
    return { ok: true as const };
  }),

  /** What an invitation link is about, for the page that accepts it. */
  invitation: protectedProcedure
    .input(adviserInvitationIdSchema)
    .output(adviserInvitationOutputSchema)
    .query(async ({ ctx, input }) => {
      const found = await getAdviserInvitation(ctx.db, input.invitationId);
      if (found === null) throw invitationNotFound();
      return { organizationName: found.organization.name, ...invitationStateFor(ctx.session, found.invitation, ctx.clock.now()) };
    }),

  /** The invited person (signed in with the invited, confirmed address) joins the organisation as an adviser. */
  acceptInvitation: protectedProcedure.input(adviserInvitationIdSchema).mutation(async ({ ctx, input }) => {
    const found = await getAdviserInvitation(ctx.db, input.invitationId);
    if (found === null || found.invitation.status !== "pending") throw invitationNotFound();
    checkInvitee(ctx.session, found.invitation, ctx.clock.now(), "errors.advisers.invitationExpired");
    const outcome = await acceptAdviserInvitation(ctx.db, { invitationId: found.invitation.id, userId: ctx.session.user.id, at: ctx.clock.now() });
    if (outcome === "used") throw invitationNotFound();
    if (outcome === "already-adviser") throw new TRPCError({ code: "CONFLICT", message: "errors.advisers.alreadyRegistered" });
    await auditTeam(ctx, "adviser.invitation.accept", found.organization, { invitationId: found.invitation.id });
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
