import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { contactRequests, session } from "../schema";

/**
 * Records which organization a signed-in session acts for (better-auth's `activeOrganizationId`). The caller
 * checks membership first; the user id in the condition keeps one person from touching another's session.
 */
export async function setSessionActiveOrganization(
  db: Db,
  params: { sessionId: string; userId: string; organizationId: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(session)
    .set({ activeOrganizationId: params.organizationId, updatedAt: params.at })
    .where(and(eq(session.id, params.sessionId), eq(session.userId, params.userId)))
    .returning({ id: session.id });
  return rows.length > 0;
}

/** Pending requests each of the given companies has received, so a switcher can say where answers wait. */
export async function countPendingReceivedRequests(db: Db, companyIds: readonly string[]): Promise<Map<string, number>> {
  if (companyIds.length === 0) return new Map();
  const rows = await db
    .select({ companyId: contactRequests.recipientCompanyId, pending: count() })
    .from(contactRequests)
    .where(and(inArray(contactRequests.recipientCompanyId, [...companyIds]), eq(contactRequests.status, "pending")))
    .groupBy(contactRequests.recipientCompanyId);
  return new Map(rows.map((row) => [row.companyId, row.pending]));
}
