import { hasAnyCompany, seedDemoCompanies, seedDemoListings, seedDemoModerationDesk, type DemoAccount, type Db } from "@karvon/db";
import { hashPassword } from "./auth/password";
import { seedDemoEvents } from "./events/demo";

/** A uniform number in [0, 1) from the operating system's CSPRNG: demo passwords must not be guessable. */
function secureRandom(): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32;
}

/**
 * The embedded portal's demo data, once per database: 62 published companies with owner accounts (random
 * passwords, Argon2id like every other account) and their listings, a demo moderator and admin, and four more
 * companies whose submissions, edits, report and appeal wait at the moderation desk. Returns null when the
 * database already holds companies (a second start adds nothing).
 */
export async function seedDemoData(db: Db, params: { random?: () => number } = {}): Promise<{ accounts: DemoAccount[]; listings: number } | null> {
  if (await hasAnyCompany(db)) return null;
  const random = params.random ?? secureRandom;
  const { accounts, companyIds } = await seedDemoCompanies(db, { hashPassword, random });
  const listings = await seedDemoListings(db, { companyIds, random });
  const desk = await seedDemoModerationDesk(db, { hashPassword, random });
  await seedDemoEvents(db, { companyIds });
  return { accounts: [...accounts, ...desk], listings };
}
