/**
 * Databases for the benchmark: a PGlite data folder per size under tests/.reports/bench-data/<size>, cached
 * between runs and reloaded when the size, seed or migrations change; or a PostgreSQL database, loaded once
 * per run (or reused when it already holds the same dataset).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDb, migrationsFolder, type DbHandle } from "@karvon/db";
import { sql } from "drizzle-orm";
import type { Dataset } from "./dataset";
import { loadDataset } from "./load";
import { queryRows } from "./query-rows";

export const benchDataRoot = path.resolve(import.meta.dirname, "../.reports/bench-data");

/** Size, seed and the migrations' contents: any change means another dataset. */
export function datasetKey(dataset: Dataset): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrationsFolder).filter((name) => name.endsWith(".sql")).sort()) {
    hash.update(file).update(readFileSync(path.join(migrationsFolder, file)));
  }
  return `${dataset.size}-${dataset.seed}-${hash.digest("hex").slice(0, 12)}`;
}

/** The PGlite data folder of a dataset, loaded if missing or stale. Returns the folder (KARVON_DATA_DIR). */
export async function preparePglite(dataset: Dataset): Promise<string> {
  const dir = path.join(benchDataRoot, dataset.size);
  const keyFile = path.join(dir, "dataset-key");
  const key = datasetKey(dataset);
  if (existsSync(keyFile) && readFileSync(keyFile, "utf8") === key) return dir;
  rmSync(dir, { recursive: true, force: true });
  const handle = await createDb({ dataDir: dir });
  try {
    await loadDataset(handle.db, dataset, `PGlite ${dataset.size}`);
  } finally {
    await handle.close();
  }
  writeFileSync(keyFile, key);
  return dir;
}

/** Loads the dataset into a PostgreSQL database unless it already holds it (a marker table keeps the key). */
export async function preparePostgres(dataset: Dataset, url: string): Promise<void> {
  const handle: DbHandle = await createDb({ databaseUrl: url, maxConnections: 4 });
  try {
    await handle.db.execute(sql`create table if not exists bench_dataset (key text primary key)`);
    const key = datasetKey(dataset);
    const rows = await queryRows<{ key: string }>(handle.db, sql`select key from bench_dataset`);
    if (rows.some((row) => row.key === key)) return;
    if (rows.length > 0) throw new Error(`the database at BENCH_DATABASE_URL holds another dataset (${rows[0]?.key}); give an empty one`);
    await loadDataset(handle.db, dataset, `PostgreSQL ${dataset.size}`);
    await handle.db.execute(sql`insert into bench_dataset (key) values (${key})`);
  } finally {
    await handle.close();
  }
}
