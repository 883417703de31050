import "server-only";
import { servePublicApi, type PublicApiRouteName } from "@karvon/api";
import { env } from "../env";
import { getDb } from "./db";

/** Serves one operation of the public API (/api/v1) from this process's database and configuration. */
export async function publicApiResponse(
  request: Request,
  name: PublicApiRouteName,
  params: Promise<Record<string, string>> = Promise.resolve({}),
): Promise<Response> {
  const config = env();
  const [db, pathParams] = await Promise.all([getDb(), params]);
  return servePublicApi(request, name, pathParams, { db, config: { publicUrl: config.PUBLIC_URL, trustedProxies: config.TRUSTED_PROXIES } });
}
