import { and, asc, count, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { mailOutbox } from "../schema";

export type NewMail = typeof mailOutbox.$inferInsert;
export type StoredMail = typeof mailOutbox.$inferSelect;

/** Writes a mail to the outbox; with a `dedupeKey` already used, writes nothing and returns false. */
export async function insertMail(db: Db, mail: NewMail): Promise<boolean> {
  const rows = await db.insert(mailOutbox).values(mail).onConflictDoNothing().returning({ id: mailOutbox.id });
  return rows.length > 0;
}

export async function listMail(db: Db, params: { to?: string; limit?: number } = {}): Promise<StoredMail[]> {
  const query = db.select().from(mailOutbox);
  const filtered = params.to ? query.where(eq(mailOutbox.to, params.to.toLowerCase())) : query;
  return filtered.orderBy(desc(mailOutbox.createdAt)).limit(params.limit ?? 100);
}

/** Mails of one template written to one address since `since` (the outbox's (to, created_at) index finds them). */
export async function countMailSince(db: Db, params: { to: string; template: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, params.to.toLowerCase()), gt(mailOutbox.createdAt, params.since), eq(mailOutbox.template, params.template)));
  return row?.total ?? 0;
}

export async function listUnsentMail(db: Db, limit = 50): Promise<StoredMail[]> {
  return db.select().from(mailOutbox).where(isNull(mailOutbox.sentAt)).orderBy(asc(mailOutbox.createdAt)).limit(limit);
}

export async function markMailSent(db: Db, id: string, at: Date): Promise<void> {
  await db.update(mailOutbox).set({ sentAt: at, lastError: null }).where(eq(mailOutbox.id, id));
}

export async function markMailFailed(db: Db, id: string, error: string): Promise<void> {
  await db.update(mailOutbox).set({ lastError: error.slice(0, 500) }).where(eq(mailOutbox.id, id));
}

export async function findMailById(db: Db, id: string): Promise<StoredMail | undefined> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}

/** The delivery queue with SMTP configured: unsent mails, and those among them whose last attempt failed. */
export async function mailQueueStats(db: Db): Promise<{ pending: number; failing: number }> {
  const [row] = await db
    .select({ pending: count(), failing: count(mailOutbox.lastError) })
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt));
  return { pending: row?.pending ?? 0, failing: row?.failing ?? 0 };
}
