import "server-only";
import { createTRPCContext } from "@karvon/api";
import { env } from "../env";
import { getDb } from "./db";
import { getSession } from "./session";

/** Builds the tRPC context of one request from this process's db, the session cookie and the config. */
export async function createRequestContext(headers: Headers) {
  const config = env();
  const [db, session] = await Promise.all([getDb(), getSession(headers)]);
  return createTRPCContext({
    db,
    session,
    headers,
    config: { publicUrl: config.PUBLIC_URL, contactRequestsPerDay: config.CONTACT_REQUESTS_PER_DAY },
  });
}
