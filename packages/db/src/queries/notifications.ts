import { and, desc, eq, isNull, or, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { notifications } from "../schema";

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

export async function insertNotification(db: Db, notification: NewNotification): Promise<void> {
  await db.insert(notifications).values(notification);
}

/** A person's notices: their own and those of the companies they belong to, newest first. */
export async function listNotifications(
  db: Db,
  params: { userId: string; companyIds: string[]; unreadOnly?: boolean; limit?: number },
): Promise<NotificationRow[]> {
  const audience =
    params.companyIds.length > 0
      ? or(eq(notifications.userId, params.userId), inArray(notifications.companyId, params.companyIds))
      : eq(notifications.userId, params.userId);
  return db
    .select()
    .from(notifications)
    .where(params.unreadOnly ? and(audience, isNull(notifications.readAt)) : audience)
    .orderBy(desc(notifications.createdAt))
    .limit(params.limit ?? 50);
}
