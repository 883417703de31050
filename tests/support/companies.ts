/** Users, sessions and a complete profile for the company tests. */
import { appRouter, createCallerFactory, createTRPCContext, type Session } from "@karvon/api";
import type { CompanyDraftInput, Locale, UserRole } from "@karvon/data";
import { schema, type Db } from "@karvon/db";
import { eq } from "drizzle-orm";

const createCaller = createCallerFactory(appRouter);

export const now = new Date("2026-11-20T10:00:00Z");

export async function createUser(
  db: Db,
  id: string,
  options: { role?: UserRole; emailVerified?: boolean; locale?: Locale } = {},
): Promise<Session> {
  const email = `${id}@example.uz`;
  await db.insert(schema.user).values({
    id,
    name: `Person ${id}`,
    email,
    emailVerified: options.emailVerified ?? true,
    role: options.role ?? "user",
    locale: options.locale ?? "en",
  });
  return {
    user: {
      id,
      email,
      name: `Person ${id}`,
      role: options.role ?? "user",
      emailVerified: options.emailVerified ?? true,
      banned: false,
      locale: options.locale ?? "en",
    },
    session: { id: `session-${id}` },
  };
}

export function callerFor(db: Db, session: Session | null) {
  return createCaller(
    createTRPCContext({ db, session, clock: { now: () => now }, config: { publicUrl: "https://karvon.test" } }),
  );
}

/** Marks a draft as published, as an approval would (for tests about what only a published company may do). */
export async function publishDirectly(db: Db, companyId: string): Promise<void> {
  const [company] = await db.select().from(schema.companies).where(eq(schema.companies.id, companyId));
  if (company === undefined) throw new Error(`no company ${companyId}`);
  await db
    .update(schema.companies)
    .set({ status: "published", published: { ...company.profile, legalName: company.legalName }, publishedAt: now })
    .where(eq(schema.companies.id, companyId));
}

/** Everything the submit schema needs, for a Tashkent textile company. */
export const completeUzProfile: CompanyDraftInput = {
  region: "UZ-TK",
  district: "UZ-TK-chilanzar",
  city: "Tashkent",
  foundedYear: 2011,
  sizeBand: "medium",
  sectors: ["13"],
  hsChapters: ["52"],
  exportsTo: ["AZ", "RU"],
  importsFrom: ["CN"],
  languages: ["uz", "ru"],
  website: "kamolot-tekstil.uz",
  description: { en: "Cotton yarn and knitted fabric from our own spinning mill in Chilanzar.", uz: "Oʻz yigiruv fabrikamizda paxta ipi va trikotaj mato." },
  contactName: "Dilshod Karimov",
  contactPosition: "Export manager",
  contactEmail: "Dilshod.Karimov@kamolot.uz",
  contactPhone: "+998 90 123 45 67",
};

/** The translation keys a failed call carries: the TRPCError message and every zod issue message. */
export async function errorOf(promise: Promise<unknown>): Promise<{ code: string; keys: string[]; fields: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    const failure = error as { code?: unknown; message?: unknown; cause?: { issues?: { message: string; path: PropertyKey[] }[] } };
    if (typeof failure.code !== "string" || typeof failure.message !== "string") throw error;
    const keys = [failure.message];
    const fields: Record<string, string[]> = {};
    for (const issue of failure.cause?.issues ?? []) {
      keys.push(issue.message);
      const field = issue.path.map(String).join(".");
      (fields[field] ??= []).push(issue.message);
    }
    return { code: failure.code, keys, fields };
  }
  throw new Error("expected the call to fail");
}
