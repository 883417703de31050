/**
 * `npm run admin:create -- --email x@y [--role moderator|admin] [--name "…"]`: creates a verified staff
 * account and prints its random password once. There is no default admin; this is how the first one is made.
 */
import { parseArgs } from "node:util";
import { createAuth, createDb, createStaffUser } from "@karvon/api";
import { emailSchema, personNameSchema, userRoleSchema } from "@karvon/data";
import { z } from "zod";
import { parseEnv } from "../src/env";
import { resolveAuthSecret } from "../src/server/auth-secret";

const argsSchema = z.object({
  email: emailSchema,
  role: userRoleSchema.default("admin"),
  name: personNameSchema.optional(),
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ");
    fail(`Usage: npm run admin:create -- --email someone@example.com [--role moderator|admin] [--name "Full Name"] (${problems})`);
  }
  const { email, role, name } = parsed.data;
  const config = parseEnv(process.env);
  const handle = await createDb({ databaseUrl: config.DATABASE_URL, dataDir: config.KARVON_DATA_DIR });
  try {
    const auth = createAuth({ db: handle.db, secret: resolveAuthSecret(config), baseUrl: config.PUBLIC_URL });
    const { password } = await createStaffUser(auth, { email, name: name ?? email.split("@")[0] ?? email, role });
    console.log(`Created ${role} ${email}.`);
    console.log(`Password (shown only now, change it after the first sign-in): ${password}`);
  } catch (error) {
    fail(`Could not create ${email}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
