/** People: a user row written directly, and the session the API would see for them. */
import { randomUUID } from "node:crypto";
import type { Session } from "@karvon/api";
import type { Locale, UserRole } from "@karvon/data";
import { schema, type Db } from "@karvon/db";

type UserSeed = {
  id: string;
  name: string;
  email: string;
  role?: UserRole;
  emailVerified?: boolean;
  locale?: Locale;
  /** Makes the person an owner of this organization. */
  organizationId?: string;
  /** The company the session acts for (as better-auth's active organization). */
  activeOrganizationId?: string | null;
};

async function insertUser(db: Db, seed: UserSeed): Promise<Session> {
  const user = {
    id: seed.id,
    name: seed.name,
    email: seed.email,
    role: seed.role ?? "user",
    emailVerified: seed.emailVerified ?? true,
    locale: seed.locale ?? "en",
  } as const;
  await db.insert(schema.user).values(user);
  if (seed.organizationId !== undefined) {
    await db.insert(schema.member).values({ id: randomUUID(), organizationId: seed.organizationId, userId: seed.id, role: "owner" });
  }
  return {
    user: { ...user, banned: false },
    session: { id: `session-${seed.id}`, ...(seed.activeOrganizationId !== undefined ? { activeOrganizationId: seed.activeOrganizationId } : {}) },
  };
}

/** A person known by a readable id (`owner-gulnara` signs in as owner-gulnara@example.uz). */
export async function createUser(
  db: Db,
  id: string,
  options: { role?: UserRole; emailVerified?: boolean; locale?: Locale } = {},
): Promise<Session> {
  return insertUser(db, { id, name: `Person ${id}`, email: `${id}@example.uz`, ...options });
}

export type Person = { userId: string; email: string; session: Session };

/** A person with a random id, optionally the owner of `organizationId` (and acting for it). */
export async function seedPerson(db: Db, params: { name: string; locale?: Locale; organizationId?: string }): Promise<Person> {
  const userId = randomUUID();
  const email = `${params.name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}.${userId.slice(0, 6)}@example.com`;
  const session = await insertUser(db, { id: userId, name: params.name, email,
    locale: params.locale,
    organizationId: params.organizationId,
    activeOrganizationId: params.organizationId ?? null,
  });
  return { userId, email, session };
}
