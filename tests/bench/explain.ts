/**
 * Profiling aid: EXPLAIN ANALYZE of every statement partner search runs for one input, on a benchmark's PGlite
 * data folder (tests/.reports/bench-data/<size>; copy it first, the cache is keyed by the migrations) or on a
 * PostgreSQL database the benchmark loaded (BENCH_DATABASE_URL).
 * `npx tsx tests/bench/explain.ts <pglite data dir | postgres://…> '<search input JSON>'`
 */
import { toSearchParams } from "@karvon/api";
import { searchInputSchema } from "@karvon/data";
import { createDb, searchPartners } from "@karvon/db";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "../support/raw-rows";
import { loadInstant } from "./load";

async function main() {
  const [database = "", json = "{}"] = process.argv.slice(2);
  const handle = await createDb(
    database.startsWith("postgres://") ? { databaseUrl: database, migrate: false, maxConnections: 1 } : { dataDir: database, migrate: false },
  );
  const db = handle.db;
  const plans: string[] = [];
  const explaining = new Proxy(db, {
    get(target, key, receiver) {
      if (key !== "execute") return Reflect.get(target, key, receiver);
      return async (query: SQL) => {
        const rows = rowsOf<Record<string, string>>(await target.execute(sql`explain (analyze, buffers) ${query}`));
        plans.push(rows.map((row) => Object.values(row)[0]).join("\n"));
        return target.execute(query);
      };
    },
  });
  const input = searchInputSchema.parse(JSON.parse(json));
  // A new generation before each run, beyond which no older result can be brought up to date (as after a bulk
  // write): both runs are cold (no cached counts or result serves them).
  const newGeneration = () =>
    db.execute(sql`update search_generation set generation = n.g, pruned_through = n.g from (select nextval('search_generation_seq') as g) n`);
  await newGeneration();
  const started = performance.now();
  await searchPartners(db, toSearchParams(input, loadInstant));
  console.log(`plain run (cold) ${(performance.now() - started).toFixed(1)} ms`);
  await newGeneration();
  await searchPartners(explaining, toSearchParams(input, loadInstant));
  console.log(plans.join("\n\n"));
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
