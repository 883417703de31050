import "server-only";
import type { Session } from "@karvon/api";

/**
 * The signed-in person for a request, from the session cookie.
 * TODO(issue 4): read the better-auth session.
 */
export async function getSession(_headers: Headers): Promise<Session | null> {
  return null;
}
