import type { Locale } from "@karvon/data";
import { and, asc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { session, staffCountries, user } from "../schema";

export type StaffMember = { id: string; name: string; email: string; role: string; banned: boolean; countries: string[] };

/** Staff (moderators and admins), or — with a query — any user whose name or e-mail matches (to promote). */
export async function listStaff(db: Db, params: { query?: string; limit?: number } = {}): Promise<StaffMember[]> {
  const where = params.query
    ? or(ilike(user.email, `%${params.query}%`), ilike(user.name, `%${params.query}%`))
    : inArray(user.role, ["moderator", "admin"]);
  const rows = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      banned: user.banned,
      countries: sql<string[]>`coalesce((select array_agg(${staffCountries.country} order by ${staffCountries.country}) from ${staffCountries} where ${staffCountries.userId} = ${user.id}), '{}')`,
    })
    .from(user)
    .where(where)
    .orderBy(asc(user.role), asc(user.name))
    .limit(params.limit ?? 200);
  return rows.map((row) => ({ ...row, banned: row.banned ?? false }));
}

export async function getUserBrief(db: Db, userId: string): Promise<{ id: string; name: string; email: string; role: string; locale: Locale; banned: boolean } | null> {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale, banned: user.banned })
    .from(user)
    .where(eq(user.id, userId))
    .limit(1);
  return row === undefined ? null : { ...row, banned: row.banned ?? false };
}

export async function getStaffCountries(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ country: staffCountries.country }).from(staffCountries).where(eq(staffCountries.userId, userId));
  return rows.map((row) => row.country).sort();
}

/** Replaces the countries a moderator covers. */
export async function setStaffCountries(db: Db, params: { userId: string; countries: readonly string[] }): Promise<void> {
  await db.delete(staffCountries).where(eq(staffCountries.userId, params.userId));
  if (params.countries.length > 0) {
    await db.insert(staffCountries).values(params.countries.map((country) => ({ userId: params.userId, country })));
  }
}

export async function setUserRole(db: Db, params: { userId: string; role: string; at: Date }): Promise<void> {
  await db.update(user).set({ role: params.role, updatedAt: params.at }).where(eq(user.id, params.userId));
}

/** Bans a user and revokes every session at once; null when the user does not exist or was already banned. */
export async function banUser(db: Db, params: { userId: string; reason: string; at: Date }): Promise<{ sessionsRevoked: number } | null> {
  const rows = await db
    .update(user)
    .set({ banned: true, banReason: params.reason, banExpires: null, updatedAt: params.at })
    .where(and(eq(user.id, params.userId), or(isNull(user.banned), eq(user.banned, false))))
    .returning({ id: user.id });
  if (rows.length === 0) return null;
  const revoked = await db.delete(session).where(eq(session.userId, params.userId)).returning({ id: session.id });
  return { sessionsRevoked: revoked.length };
}
