import { isLocale, userRoles, type UserRole } from "@karvon/data";
import { getSessionCookie } from "better-auth/cookies";
import type { Session } from "../trpc";
import type { Auth } from "./create-auth";

type AuthSession = NonNullable<Awaited<ReturnType<Auth["api"]["getSession"]>>>;

function roleOf(role: string | null | undefined): UserRole {
  // The admin plugin may store several roles comma-separated; the strongest one counts.
  const roles = (role ?? "").split(",").map((r) => r.trim());
  return [...userRoles].reverse().find((known) => roles.includes(known)) ?? "user";
}

/** Turns better-auth's session into the `Session` the tRPC context expects. */
export function toApiSession(result: AuthSession): Session {
  const { user, session } = result;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: roleOf(user.role),
      emailVerified: user.emailVerified,
      banned: user.banned === true,
      locale: isLocale(user.locale) ? user.locale : "en",
    },
    session: { id: session.id, activeOrganizationId: session.activeOrganizationId ?? null },
  };
}

/** The signed-in person of a request, or null (no cookie, expired, revoked). */
export async function getApiSession(auth: Auth, headers: Headers): Promise<Session | null> {
  // Without a session cookie (a visitor) better-auth answers null too, but only after building its endpoint
  // context: about half a millisecond, most of what a search answered from the cache costs besides HTTP.
  if (getSessionCookie(headers) === null) return null;
  const result = await auth.api.getSession({ headers });
  return result ? toApiSession(result) : null;
}
