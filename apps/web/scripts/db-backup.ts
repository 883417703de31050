/**
 * `npm run db:backup -- <file>` / `npm run db:restore -- <file>`: back up or restore the configured database.
 * With DATABASE_URL: pg_dump -Fc / pg_restore --clean (one transaction). Without: an archive of the embedded
 * database in KARVON_DATA_DIR, refused while the portal holds that folder. Stop the portal before a restore.
 */
import { BackupError, backupDatabase, restoreDatabase } from "@karvon/api";
import { parseEnv } from "../src/env";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const [action, file] = process.argv.slice(2);
  if ((action !== "backup" && action !== "restore") || !file) {
    fail("Usage: npm run db:backup -- <file>   or   npm run db:restore -- <file>");
  }
  const config = parseEnv(process.env);
  const target = { databaseUrl: config.DATABASE_URL, dataDir: config.KARVON_DATA_DIR };
  const where = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `the embedded database in ${config.KARVON_DATA_DIR}`;
  if (action === "backup") {
    const { bytes } = await backupDatabase(target, file);
    console.log(`Backed up ${where} to ${file} (${bytes} bytes).`);
  } else {
    await restoreDatabase(target, file);
    console.log(`Restored ${where} from ${file}.`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof BackupError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
