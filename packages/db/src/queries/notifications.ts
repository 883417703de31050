import { and, count, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { notifications } from "../schema";

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

export async function insertNotification(db: Db, notification: NewNotification): Promise<void> {
  await db.insert(notifications).values(notification);
}

type Audience = { userId: string; companyIds: string[] };

/** Who a notice is for: the person themself, or any company they belong to. */
function audienceOf(params: Audience): SQL {
  const own = eq(notifications.userId, params.userId);
  return params.companyIds.length > 0 ? (or(own, inArray(notifications.companyId, params.companyIds)) ?? own) : own;
}

/** A person's notices: their own and those of the companies they belong to, newest first. */
export async function listNotifications(
  db: Db,
  params: Audience & { unreadOnly?: boolean; limit?: number },
): Promise<NotificationRow[]> {
  const audience = audienceOf(params);
  return db
    .select()
    .from(notifications)
    .where(params.unreadOnly ? and(audience, isNull(notifications.readAt)) : audience)
    .orderBy(desc(notifications.createdAt))
    .limit(params.limit ?? 50);
}

/** How many of a person's notices (their own and their companies') nobody has read yet. */
export async function countUnreadNotifications(db: Db, params: Audience): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(notifications)
    .where(and(audienceOf(params), isNull(notifications.readAt)));
  return Number(row?.total ?? 0);
}

/**
 * Marks notices as read — the given ones, or all — among those addressed to the person or their companies only:
 * an id of somebody else's notice changes nothing (and says nothing). A company's notice is read for all its
 * members once one of them has read it (the company was told). Returns how many changed.
 */
export async function markNotificationsRead(db: Db, params: Audience & { ids?: string[]; at: Date }): Promise<number> {
  const unread = and(audienceOf(params), isNull(notifications.readAt));
  const rows = await db
    .update(notifications)
    .set({ readAt: params.at })
    .where(params.ids === undefined ? unread : and(unread, inArray(notifications.id, params.ids)))
    .returning({ id: notifications.id });
  return rows.length;
}
