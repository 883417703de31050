import type { Locale } from "@karvon/data";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { savedSearches, user } from "../schema";

export type SavedSearchRow = typeof savedSearches.$inferSelect;

/** At most this many saved searches per person (each costs a search a day). */
export const maxSavedSearchesPerUser = 20;

export async function createSavedSearch(
  db: Db,
  params: { userId: string; name: string; query: Record<string, unknown>; locale: Locale; token: string; at: Date },
): Promise<SavedSearchRow> {
  const [row] = await db
    .insert(savedSearches)
    .values({
      userId: params.userId,
      name: params.name,
      query: params.query,
      locale: params.locale,
      unsubscribeToken: params.token,
      lastNotifiedAt: params.at,
      createdAt: params.at,
    })
    .returning();
  if (row === undefined) throw new Error("saved search not created");
  return row;
}

export async function listSavedSearches(db: Db, userId: string): Promise<SavedSearchRow[]> {
  return db.select().from(savedSearches).where(eq(savedSearches.userId, userId)).orderBy(asc(savedSearches.createdAt));
}

/** Deletes one of the user's saved searches; false when it is not theirs or does not exist. */
export async function deleteSavedSearch(db: Db, params: { id: string; userId: string }): Promise<boolean> {
  const rows = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, params.id), eq(savedSearches.userId, params.userId)))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}

/** One-click unsubscribe: deletes the saved search the token belongs to; its name, or null when unknown. */
export async function deleteSavedSearchByToken(db: Db, token: string): Promise<string | null> {
  const rows = await db
    .delete(savedSearches)
    .where(eq(savedSearches.unsubscribeToken, token))
    .returning({ name: savedSearches.name });
  return rows[0]?.name ?? null;
}

/** Every saved search with its owner's address, for the daily mail. */
export async function listSavedSearchesForDigest(
  db: Db,
  params: { limit?: number; offset?: number } = {},
): Promise<(SavedSearchRow & { email: string })[]> {
  const rows = await db
    .select({ search: savedSearches, email: user.email })
    .from(savedSearches)
    .innerJoin(user, eq(user.id, savedSearches.userId))
    .orderBy(asc(savedSearches.createdAt), asc(savedSearches.id))
    .limit(params.limit ?? 1000)
    .offset(params.offset ?? 0);
  return rows.map((row) => ({ ...row.search, email: row.email }));
}

export async function markSavedSearchNotified(db: Db, params: { id: string; at: Date }): Promise<void> {
  await db.update(savedSearches).set({ lastNotifiedAt: params.at }).where(eq(savedSearches.id, params.id));
}
