import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { appeals, companies } from "../schema";

export type AppealRow = typeof appeals.$inferSelect;
export type AppealView = AppealRow & { companyName: string; companyCountry: string };

/** Files an appeal; null when the decision was already appealed (unique `subjectKey`). */
export async function createAppeal(
  db: Db,
  params: {
    companyId: string;
    kind: string;
    itemType: string;
    itemId: string;
    subjectKey: string;
    originalModeratorId: string | null;
    authorId: string;
    message: string;
    at: Date;
  },
): Promise<AppealRow | null> {
  const [row] = await db
    .insert(appeals)
    .values({ ...params, createdAt: params.at, updatedAt: params.at })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

const appealView = { appeal: appeals, companyName: companies.legalName, companyCountry: companies.country };

export async function getAppeal(db: Db, appealId: string): Promise<AppealView | null> {
  const [row] = await db
    .select(appealView)
    .from(appeals)
    .innerJoin(companies, eq(companies.id, appeals.companyId))
    .where(eq(appeals.id, appealId))
    .limit(1);
  return row === undefined ? null : { ...row.appeal, companyName: row.companyName, companyCountry: row.companyCountry };
}

export async function listAppeals(db: Db, params: { status?: string; companyId?: string; limit?: number }): Promise<AppealView[]> {
  const conditions = [];
  if (params.status) conditions.push(eq(appeals.status, params.status));
  if (params.companyId) conditions.push(eq(appeals.companyId, params.companyId));
  const rows = await db
    .select(appealView)
    .from(appeals)
    .innerJoin(companies, eq(companies.id, appeals.companyId))
    .where(and(...conditions))
    .orderBy(params.status === "open" ? asc(appeals.createdAt) : desc(appeals.createdAt))
    .limit(params.limit ?? 100);
  return rows.map((row) => ({ ...row.appeal, companyName: row.companyName, companyCountry: row.companyCountry }));
}

/** The newest appeal of one company or listing, whatever its status; null when it was never appealed. */
export async function findLatestAppealForItem(db: Db, params: { itemType: string; itemId: string }): Promise<AppealRow | null> {
  const [row] = await db
    .select()
    .from(appeals)
    .where(and(eq(appeals.itemType, params.itemType), eq(appeals.itemId, params.itemId)))
    .orderBy(desc(appeals.createdAt))
    .limit(1);
  return row ?? null;
}

/** Decides an open appeal (compare-and-set on status "open"); null when it was decided meanwhile. */
export async function decideAppeal(
  db: Db,
  params: { appealId: string; status: "granted" | "denied"; decidedBy: string; note?: string | null; at: Date },
): Promise<AppealRow | null> {
  const [row] = await db
    .update(appeals)
    .set({ status: params.status, decidedBy: params.decidedBy, decisionNote: params.note ?? null, decidedAt: params.at, updatedAt: params.at })
    .where(and(eq(appeals.id, params.appealId), eq(appeals.status, "open")))
    .returning();
  return row ?? null;
}
