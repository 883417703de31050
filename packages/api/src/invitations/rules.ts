import { countAdviserInvitationsSince, countInvitationsSince, type Db } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import type { Session } from "../trpc";

/*
 * The rules every invitation by e-mail follows, into a company (companies/router.ts) or into an organisation of
 * advisers (advisers/team-procedures.ts): how long a link works, how many mails a team and a person may cause a
 * day, and who may accept one.
 */

export const invitationValidDays = 7;
const dayMs = 24 * 60 * 60 * 1000;
/** Invitation mails a team (a company, an organisation of advisers) may cause per day: a team, not a mailing list. */
export const invitationsPerCompanyPerDay = 20;
/** Invitation mails a person may cause per day, across every company and organisation they invite to. */
export const invitationsPerUserPerDay = 50;

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + invitationValidDays * dayMs);
}

/**
 * Refuses an invitation over the daily caps: `teamCount` counts the inviting team's invitations of the last 24
 * hours (its own table), the person's are counted over both kinds. Call inside the transaction that writes it.
 */
export async function enforceInvitationLimits(
  db: Db,
  params: { inviterId: string; now: Date; teamCount: (since: Date) => Promise<number>; teamLimitMessage: string },
): Promise<void> {
  const since = new Date(params.now.getTime() - dayMs);
  if ((await params.teamCount(since)) >= invitationsPerCompanyPerDay) {
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: params.teamLimitMessage });
  }
  const byPerson =
    (await countInvitationsSince(db, { inviterId: params.inviterId, since })) + (await countAdviserInvitationsSince(db, { inviterId: params.inviterId, since }));
  if (byPerson >= invitationsPerUserPerDay) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "errors.company.invitationLimitUser" });
}

/**
 * Whether the signed-in person may accept an invitation sent to `email`: signed in with that very address,
 * confirmed, before the link expired (`expiredMessage`: whom to ask for a new one).
 */
export function checkInvitee(session: Session, invitation: { email: string; expiresAt: Date }, now: Date, expiredMessage = "errors.company.invitationExpired"): void {
  if (invitation.email !== session.user.email.toLowerCase()) {
    throw new TRPCError({ code: "FORBIDDEN", message: "errors.company.invitationOtherEmail" });
  }
  if (!session.user.emailVerified) throw new TRPCError({ code: "FORBIDDEN", message: "errors.company.emailNotVerified" });
  if (invitation.expiresAt <= now) throw new TRPCError({ code: "BAD_REQUEST", message: expiredMessage });
}

/** What an invitation link tells the signed-in person who opened it: its state, and whether it is theirs. */
export function invitationStateFor<S extends string>(session: Session, invitation: { email: string; status: S; expiresAt: Date }, now: Date) {
  return {
    email: invitation.email,
    status: invitation.status,
    expired: invitation.expiresAt <= now,
    forMe: invitation.email === session.user.email.toLowerCase(),
  };
}
