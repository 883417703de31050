import { timingSafeEqual } from "node:crypto";

/**
 * Who may read /api/metrics: whoever sends `Authorization: Bearer <METRICS_TOKEN>`. Without a token configured
 * the endpoint does not exist (404), so a portal started without monitoring shows nothing; a wrong or missing
 * token answers 401. The comparison takes the same time whatever the token's first differing character.
 */
export type MetricsAccess = "allowed" | "disabled" | "unauthorized";

export function metricsAccess(headers: Headers, token: string | undefined): MetricsAccess {
  if (token === undefined) return "disabled";
  const given = /^Bearer (.+)$/i.exec(headers.get("authorization") ?? "")?.[1] ?? "";
  const expected = Buffer.from(token);
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? "allowed" : "unauthorized";
}
