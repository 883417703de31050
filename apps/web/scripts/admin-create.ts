/**
 * `npm run admin:create -- --email x@y [--role moderator|admin] [--name "…"]`, from the repository root:
 * creates a verified staff account in the portal's database and prints its random password once. There is no
 * default admin; this is how the first one is made.
 *
 * It works on the database `npm start` uses (`KARVON_DATA_DIR`, by default `<repository>/.data`, or
 * `DATABASE_URL`), also while the portal runs: PostgreSQL takes the account directly; the embedded database,
 * when the portal holds it, through a request the portal answers (see src/server/staff-request-folder.ts).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, createStaffAccount, DataFolderLockedError, prepareStaffAccount } from "@karvon/api";
import { staffAccountArgsSchema, type StaffAccountRequest, type StaffAccountResult } from "@karvon/data";
import { parseEnv } from "../src/env";
import { awaitStaffResult, submitStaffRequest } from "../src/server/staff-request-folder";

const repositoryRoot = path.resolve(import.meta.dirname, "../../..");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Writes the account itself: PostgreSQL, or an embedded database no portal holds (null when one does). */
async function createDirectly(config: ReturnType<typeof parseEnv>, request: StaffAccountRequest): Promise<StaffAccountResult | null> {
  let handle;
  try {
    handle = await createDb({ databaseUrl: config.DATABASE_URL, dataDir: config.KARVON_DATA_DIR });
  } catch (error) {
    if (error instanceof DataFolderLockedError) return null;
    throw error;
  }
  try {
    return await createStaffAccount(handle.db, request, new Date());
  } finally {
    await handle.close();
  }
}

async function handToPortal(dataDir: string, request: StaffAccountRequest): Promise<StaffAccountResult> {
  console.log(`The portal holds ${dataDir}; asking it to create the account…`);
  submitStaffRequest(dataDir, request);
  const result = await awaitStaffResult(dataDir, request.id);
  return result ?? fail(`The portal did not answer. Is it still running on ${dataDir}? Nothing was created.`);
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  const parsed = staffAccountArgsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ");
    fail(`Usage: npm run admin:create -- --email someone@example.com [--role moderator|admin] [--name "Full Name"] (${problems})`);
  }
  // The same folder as `npm start`, wherever the command is started from.
  const env = parseEnv(process.env);
  const config = { ...env, KARVON_DATA_DIR: path.resolve(repositoryRoot, env.KARVON_DATA_DIR) };
  const { password, request } = await prepareStaffAccount({ ...parsed.data, now: new Date() });
  const result = (await createDirectly(config, request)) ?? (await handToPortal(config.KARVON_DATA_DIR, request));
  if (!result.ok) fail(`Could not create ${request.email}: ${result.error}`);
  const where = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : config.KARVON_DATA_DIR;
  console.log(`Created ${request.role} ${request.email} in ${where}.`);
  console.log(`Password (shown only now, change it after the first sign-in): ${password}`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
