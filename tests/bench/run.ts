/**
 * `npm run bench -- [--size XS|S|M] [--db pglite|postgres|both] [--short]`
 *
 * Loads the dataset (cached for PGlite), starts the production web server on it and measures partner search
 * over HTTP at the tRPC endpoint — latency at 1 client, throughput at 16, database time from Server-Timing,
 * recall@10 against the planted truth, matchmaking precision, server memory — beside the naive baseline run
 * directly in SQL on the same rows. Writes tests/.reports/bench/<size>.{md,json}. `--short` (CI) checks the
 * ratios to the baseline and the recall floors only, never milliseconds, and exits 1 when one fails.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { createDb, type Db } from "@karvon/db";
import { runBaseline } from "./baseline";
import { createDataset, type BenchSize, type Dataset } from "./dataset";
import { percentile, timedGet, trpcData, trpcUrl } from "./http";
import { loadInstant } from "./load";
import { measurePageWeights, type PageWeight } from "./page-weight";
import { preparePglite, preparePostgres } from "./prepare";
import { benchQueries, queryClasses, type BenchQuery, type QueryClass } from "./queries";
import { evaluateMatches, evaluateRecall, recallChecks, type MatchReport, type RecallReport } from "./recall";
import { budgetRows, renderMarkdown, renderTerminal, type DbResult } from "./report";
import { ensureWebBuild, repoRoot, startPostgres, startWebServer, type Postgres } from "./servers";
import { benchSessionCookie, ensureBenchSession } from "./session";

type DbKind = "pglite" | "postgres";
type Options = { size: BenchSize; dbs: DbKind[]; short: boolean };

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const size = (value("--size") ?? "S").toUpperCase();
  if (size !== "XS" && size !== "S" && size !== "M") throw new Error(`--size must be XS, S or M (got ${size})`);
  const db = value("--db") ?? "both";
  if (db !== "pglite" && db !== "postgres" && db !== "both") throw new Error(`--db must be pglite, postgres or both (got ${db})`);
  return { size, dbs: db === "both" ? ["pglite", "postgres"] : [db], short: argv.includes("--short") };
}

/** The mixed load: each query as often as its weight, in a fixed shuffled order. */
function mixedPaths(): string[] {
  const paths = benchQueries.flatMap((query) => Array.from({ length: query.weight ?? 1 }, () => trpcUrl("", "search.query", query.input)));
  return paths.map((p, i) => ({ p, k: (i * 7919) % paths.length })).sort((a, b) => a.k - b.k).map((entry) => entry.p);
}

/** Throughput and p95 at 16 connections; the p95 is exact, from every response's time (autocannon's summary has no p95). */
function loadTest(base: string, seconds: number): Promise<{ rps: number; p95: number; errors: number }> {
  const paths = mixedPaths();
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: 16,
        duration: seconds,
        requests: paths.map((p) => ({ method: "GET" as const, path: p })),
      },
      (error: unknown, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve({ rps: result.requests.average, p95: percentile(times, 95), errors: result.errors + result.non2xx });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

function firstOfEachClass(queries: readonly BenchQuery[], count: number): BenchQuery[] {
  const taken = new Map<QueryClass, number>();
  return queries.filter((query) => {
    const seen = taken.get(query.class) ?? 0;
    taken.set(query.class, seen + 1);
    return seen < count;
  });
}

async function measureOne(kind: DbKind, dataset: Dataset, options: Options, postgres: () => Promise<Postgres>): Promise<DbResult> {
  const reps = options.short ? 3 : 15;
  let database: { url: string } | { dataDir: string };
  let openDirect: () => Promise<{ db: Db; close: () => Promise<void> }>;
  if (kind === "pglite") {
    const dataDir = await preparePglite(dataset);
    database = { dataDir };
    openDirect = () => createDb({ dataDir, migrate: false });
  } else {
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? (await postgres()).url;
    await preparePostgres(dataset, url);
    database = { url };
    openDirect = () => createDb({ databaseUrl: url, migrate: false, maxConnections: 2 });
  }
  {
    const direct = await openDirect();
    await ensureBenchSession(direct.db, dataset.truth);
    await direct.close();
  }

  process.stderr.write(`[${kind}] starting the web server …\n`);
  const server = await startWebServer(database);
  const http: DbResult["http"] = { byClass: {}, all: { p50: 0, p95: 0, p99: 0, dbP50: null } };
  const firstRequest: DbResult["first"] = { byClass: {}, all: { p50: 0, max: 0 } };
  let recall: RecallReport;
  let matches: MatchReport | null = null;
  let partners: { p50: number; p95: number } | null = null;
  let load: DbResult["load"];
  let rssMb: number;
  let pageWeights: PageWeight[] = [];
  try {
    const cookie = { cookie: benchSessionCookie() };
    // The first request of each query counts its facets; the measured repetitions after it read them from the count cache.
    const firstMs: Record<string, number[]> = {};
    for (const query of benchQueries) {
      const response = await timedGet(trpcUrl(server.url, "search.query", query.input));
      trpcData(response);
      (firstMs[query.class] ??= []).push(response.ms);
    }
    const allFirst = Object.values(firstMs).flat();
    firstRequest.all = { p50: percentile(allFirst, 50), max: Math.max(...allFirst) };
    for (const [cls, values] of Object.entries(firstMs)) firstRequest.byClass[cls as QueryClass] = { p50: percentile(values, 50), max: Math.max(...values) };
    const samples: Record<string, { ms: number[]; db: number[] }> = {};
    for (let rep = 0; rep < reps; rep += 1) {
      for (const query of benchQueries) {
        const response = await timedGet(trpcUrl(server.url, "search.query", query.input));
        trpcData(response);
        const bucket = (samples[query.class] ??= { ms: [], db: [] });
        bucket.ms.push(response.ms);
        if (response.dbMs !== null) bucket.db.push(response.dbMs);
      }
    }
    const allMs = Object.values(samples).flatMap((bucket) => bucket.ms);
    const allDb = Object.values(samples).flatMap((bucket) => bucket.db);
    http.all = { p50: percentile(allMs, 50), p95: percentile(allMs, 95), p99: percentile(allMs, 99), dbP50: allDb.length ? percentile(allDb, 50) : null };
    for (const [cls, bucket] of Object.entries(samples)) {
      http.byClass[cls as QueryClass] = { p50: percentile(bucket.ms, 50), p95: percentile(bucket.ms, 95), p99: percentile(bucket.ms, 99), dbP50: bucket.db.length ? percentile(bucket.db, 50) : null };
    }
    recall = await evaluateRecall(async (input) => {
      const result = trpcData<{ hits: { entityId: string }[] }>(await timedGet(trpcUrl(server.url, "search.query", input)));
      return result.hits.map((hit) => hit.entityId);
    }, dataset.truth);
    try {
      const partnerMs: number[] = [];
      const ask = async (companyId: string) => {
        const response = await timedGet(trpcUrl(server.url, "search.partnersForYou", { companyId, limit: 10 }), cookie);
        partnerMs.push(response.ms);
        return trpcData<{ theirs: { listingId: string } }[]>(response).map((suggestion) => suggestion.theirs.listingId);
      };
      matches = await evaluateMatches(ask, dataset.truth);
      partnerMs.length = 0;
      // At least 30 samples: with the three planted companies and short mode's 3 repetitions, "p95" was the maximum of 9.
      const partnerReps = Math.max(reps, 10);
      for (let rep = 0; rep < partnerReps; rep += 1) for (const group of Object.values(dataset.truth.matches)) await ask(group.companyId);
      partners = { p50: percentile(partnerMs, 50), p95: percentile(partnerMs, 95) };
    } catch (error) {
      process.stderr.write(`[${kind}] partners for you over HTTP failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.stderr.write(`[${kind}] 16 clients, mixed queries …\n`);
    load = await loadTest(server.url, options.short ? 5 : 20);
    rssMb = server.rssMb();
    const [first] = dataset.batches(1).next().value?.companies ?? [];
    pageWeights = await measurePageWeights(server.url, first?.slug ?? "missing").catch((error: unknown) => {
      process.stderr.write(`[${kind}] page weight failed: ${String(error)}\n`);
      return [];
    });
  } finally {
    await server.stop();
  }

  // The baseline runs after the server stopped: an embedded database has one process at a time.
  const direct = await openDirect();
  const baseline: DbResult["baseline"] = { byClass: {}, all: { p50: 0, p95: 0 } };
  let baselineRecall: RecallReport;
  try {
    const samples: Record<string, number[]> = {};
    // A baseline query takes most of a minute at size M, so short mode (CI, or a first look at M) times the first
    // two queries of each class once; its page is deterministic, so its recall reads the ids of the timed runs.
    const baselineQueries = options.short ? firstOfEachClass(benchQueries, 2) : benchQueries;
    const baselineIds = new Map<string, string[]>();
    const pageKey = (input: object) => JSON.stringify({ ...input, pageSize: undefined, page: undefined });
    for (let rep = 0; rep < (options.short ? 1 : Math.max(2, Math.ceil(reps / 3))); rep += 1) {
      for (const query of baselineQueries) {
        const result = await runBaseline(direct.db, query.input, loadInstant);
        (samples[query.class] ??= []).push(result.ms);
        if (query.input.page === undefined || query.input.page === 1) baselineIds.set(pageKey(query.input), result.ids);
      }
    }
    const all = Object.values(samples).flat();
    baseline.all = { p50: percentile(all, 50), p95: percentile(all, 95) };
    for (const [cls, ms] of Object.entries(samples)) baseline.byClass[cls as QueryClass] = { p50: percentile(ms, 50), p95: percentile(ms, 95) };
    baselineRecall = await evaluateRecall(
      async (input) => baselineIds.get(pageKey(input)) ?? (await runBaseline(direct.db, input, loadInstant)).ids,
      dataset.truth,
      baselineQueries,
    );
  } finally {
    await direct.close();
  }
  return { db: kind, http, first: firstRequest, baseline, recall, baselineRecall, matches, partners, load, rssMb, pageWeights };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const dataset = createDataset(options.size);
  process.stderr.write(`dataset ${options.size}: ${dataset.counts.companies} companies, ${dataset.counts.listings} listings (seed ${dataset.seed})\n`);
  ensureWebBuild();
  let pg: Postgres | undefined;
  const postgres = async () => (pg ??= await startPostgres());
  const results: DbResult[] = [];
  try {
    for (const kind of options.dbs) results.push(await measureOne(kind, dataset, options, postgres));
  } finally {
    pg?.stop();
  }
  const outDir = path.join(repoRoot, "tests/.reports/bench");
  mkdirSync(outDir, { recursive: true });
  const meta = { size: options.size, seed: dataset.seed, counts: dataset.counts, short: options.short, at: new Date().toISOString(), classes: queryClasses };
  const name = `${options.size}-${options.dbs.join("-")}${options.short ? "-short" : ""}`;
  writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify({ meta, results, budgets: budgetRows(results) }, null, 2));
  writeFileSync(path.join(outDir, `${name}.md`), renderMarkdown(meta, results));
  process.stdout.write(renderTerminal(results));
  process.stdout.write(`\nreport: tests/.reports/bench/${name}.md\n`);

  // CI floors: ratios to the baseline and recall only (milliseconds differ from machine to machine).
  const checks = results.flatMap((result) => {
    const ratioFloor = result.db === "postgres" ? 20 : 10;
    const ratio = result.baseline.all.p50 / result.http.all.p50;
    return [{ name: `${ratio.toFixed(1)}× the baseline at p50 ≥ ${ratioFloor}×`, pass: ratio >= ratioFloor }, ...recallChecks(result.recall)].map(
      (check) => ({ ...check, name: `${result.db} ${options.size}: ${check.name}` }),
    );
  });
  // The checks in the shape of a vitest JSON report, so `npm test`'s closing line counts them (scripts/summarize-tests.mjs).
  writeFileSync(
    path.join(repoRoot, "tests/.reports/bench-floors.json"),
    JSON.stringify({
      numPassedTests: checks.filter((check) => check.pass).length,
      numFailedTests: checks.filter((check) => !check.pass).length,
      testResults: [{ name: "tests/bench/run.ts", status: checks.every((check) => check.pass) ? "passed" : "failed", assertionResults: checks.map((check) => ({ title: check.name, status: check.pass ? "passed" : "failed" })) }],
    }),
  );
  const failures = checks.filter((check) => !check.pass);
  if (failures.length > 0) {
    process.stdout.write(`\nFLOORS FAILED:\n${failures.map((check) => `  - ${check.name}`).join("\n")}\n`);
    process.exitCode = options.short ? 1 : 0;
  } else process.stdout.write(`\nfloors hold: ${checks.map((check) => check.name).join("; ")}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
