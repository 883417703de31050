import "server-only";
import { getApiSession, type Session } from "@karvon/api";
import { getAuth } from "./auth";

/** The signed-in person for a request, from better-auth's session cookie (checked against the database). */
export async function getSession(headers: Headers): Promise<Session | null> {
  return getApiSession(await getAuth(), headers);
}
