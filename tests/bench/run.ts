/**
 * `npm run bench -- [--size XS|S|M] [--db pglite|postgres|both] [--short] [--replica]`
 *
 * Loads the dataset (cached for PGlite), starts the production web server on it and measures partner search
 * over HTTP at the tRPC endpoint: cold latency at 1 client (each query right after a write, so no cache entry of
 * any kind serves it), warm latency (the same query repeated), 16 clients drawing from a Zipf-ordered pool of
 * 5,000 distinct queries while writes land at 2/s, whether a write is visible to the next search, recall@10
 * against the planted truth, true facet counts, matchmaking, server memory — beside the naive baseline run
 * directly in SQL on its own plain table of the same rows. And a forum of B2B meetings in the same database (600 of
 * its companies, 2 days × 24 slots × 80 tables, 3,000 requests), scheduled in batches of accepted requests before
 * the server starts, checked for double bookings, and its catalogue and agenda asked over HTTP. Writes
 * tests/.reports/bench/<size>-<db>.{md,json}.
 * `--short` (CI) checks the ratio to the fair baseline, recall, exact counts, write visibility and the forum's
 * bookings only, never milliseconds, and exits 1 when one fails; its forum has 300 requests (one batch).
 * `--replica` (PostgreSQL only) serves the public reads from a streaming replica of the benchmark's database
 * (replica.ts) and reports how the transactions split between the two servers.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDb, type Db } from "@karvon/db";
import { sql } from "drizzle-orm";
import { prepareBaselineTable, runBaseline, type BaselineResult, type BaselineTable } from "./baseline";
import { createDataset, type BenchSize, type Dataset } from "./dataset";
import { fullForum, seedForum, shortForum, type Forum } from "./forum";
import { measureForumReads } from "./forum-reads";
import { checkBookings, scheduleForum } from "./forum-scheduling";
import { percentile, timedGet, trpcData, trpcUrl } from "./http";
import { loadInstant } from "./load";
import { addLookups, measureLoad, zipfPaths } from "./load-phases";
import { measurePageWeights, type PageWeight } from "./page-weight";
import { preparePglite, preparePostgres } from "./prepare";
import { queryRows } from "./query-rows";
import { startBenchReplica, type BenchReplica, type ReplicaFigures } from "./replica";
import { benchQueries, queryClasses, type BenchQuery, type QueryClass } from "./queries";
import { evaluateMatches, evaluateRecall, type MatchReport, type RecallReport } from "./recall";
import { budgetRows, floorChecks, renderMarkdown, renderTerminal, type BaselineFigures, type DbResult, type ForumFigures, type Latency } from "./report";
import { ensureWebBuild, reportedPostgresSettings, repoRoot, startPostgres, startWebServer, type CacheLookups, type Postgres } from "./servers";
import { benchSessionCookie, ensureBenchSession, benchUserId } from "./session";
import { createDirectWriter, createHttpWriter, type Writer } from "./writes";

type DbKind = "pglite" | "postgres";
type Options = { size: BenchSize; dbs: DbKind[]; short: boolean; replica: boolean };

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const size = (value("--size") ?? "S").toUpperCase();
  if (size !== "XS" && size !== "S" && size !== "M") throw new Error(`--size must be XS, S or M (got ${size})`);
  const db = value("--db") ?? "both";
  if (db !== "pglite" && db !== "postgres" && db !== "both") throw new Error(`--db must be pglite, postgres or both (got ${db})`);
  const replica = argv.includes("--replica");
  if (replica && db !== "postgres") throw new Error("--replica needs --db postgres: only PostgreSQL has streaming replicas");
  return { size, dbs: db === "both" ? ["pglite", "postgres"] : [db], short: argv.includes("--short"), replica };
}

function firstOfEachClass(queries: readonly BenchQuery[], count: number): BenchQuery[] {
  const taken = new Map<QueryClass, number>();
  return queries.filter((query) => {
    const seen = taken.get(query.class) ?? 0;
    taken.set(query.class, seen + 1);
    return seen < count;
  });
}

function latencyOf(ms: readonly number[], db: readonly number[] = []): Latency {
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: Math.max(...ms), dbP50: db.length ? percentile(db, 50) : null };
}

function byClassLatency(samples: Record<string, { ms: number[]; db: number[] }>): DbResult["warm"] {
  const byClass: Partial<Record<QueryClass, Latency>> = {};
  for (const [cls, bucket] of Object.entries(samples)) byClass[cls as QueryClass] = latencyOf(bucket.ms, bucket.db);
  const all = Object.values(samples);
  return { byClass, all: latencyOf(all.flatMap((bucket) => bucket.ms), all.flatMap((bucket) => bucket.db)) };
}

type SearchAnswer = { total: number; totalExact: boolean; countsExact: boolean; hits: { entityId: string }[]; facets: Record<string, { value: string; count: number }[]> };

/** The server's settings that the search's speed depends on, e.g. "shared_buffers 1GB · work_mem 16MB · max_connections 200". */
async function postgresSettings(db: Db): Promise<string> {
  const values = await Promise.all(
    reportedPostgresSettings.map(async (name) => {
      const [row] = await queryRows<{ value: string }>(db, sql`select current_setting(${name}) as value`);
      return `${name} ${row?.value ?? "?"}`;
    }),
  );
  return values.join(" · ");
}

async function measureOne(kind: DbKind, dataset: Dataset, options: Options, postgres: () => Promise<Postgres>): Promise<DbResult> {
  const reps = options.short ? 3 : 15;
  let database: { url: string; replicaUrls?: string[] } | { dataDir: string };
  let replica: BenchReplica | undefined;
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
  // The forum is written and scheduled before the server starts: PGlite's database has one process at a time.
  let forum: Forum;
  let forumFigures: Omit<ForumFigures, "catalogue" | "agenda">;
  {
    const direct = await openDirect();
    try {
      await ensureBenchSession(direct.db, dataset.truth);
      const shape = options.short ? shortForum : fullForum;
      process.stderr.write(`[${kind}] forum of ${shape.companies} companies, ${shape.requests} requests …\n`);
      const seedStart = performance.now();
      const hosts = Object.values(dataset.truth.matches).map((group) => group.companyId);
      forum = await seedForum(direct.db, shape, hosts, dataset.seed);
      const seedMs = performance.now() - seedStart;
      const scheduling = await scheduleForum(direct.db, forum, shape, `[${kind}]`);
      forumFigures = { shape, short: shape !== fullForum, seedMs, scheduling, bookings: await checkBookings(direct.db, forum) };
    } finally {
      await direct.close();
    }
  }

  if (options.replica && "url" in database) {
    // Copied once the dataset and the forum are written: it starts with everything the server will read.
    process.stderr.write(`[${kind}] starting a streaming replica …\n`);
    replica = await startBenchReplica(database.url);
    database = { ...database, replicaUrls: [replica.url] };
  }
  process.stderr.write(`[${kind}] starting the web server …\n`);
  const server = await startWebServer(database).catch(async (error: unknown) => {
    await replica?.stop();
    throw error;
  });
  // PostgreSQL takes writes on a second connection beside the server; PGlite only through the server.
  const writerDb = kind === "postgres" ? await openDirect() : undefined;
  const planted = new Set(Object.values(dataset.truth.search).flat());
  for (const group of Object.values(dataset.truth.matches)) [group.offerId, ...group.expected, ...group.distractors].forEach((id) => planted.add(id));
  const cookie = benchSessionCookie();
  const writer: Writer = writerDb !== undefined ? await createDirectWriter(writerDb.db, benchUserId, planted) : createHttpWriter(server.url, cookie, dataset.truth);
  const search = async (input: object) => trpcData<SearchAnswer>(await timedGet(trpcUrl(server.url, "search.query", input)));

  let cold: DbResult["cold"];
  let warm: DbResult["warm"];
  let visibility: DbResult["visibility"] = null;
  let replicaFigures: ReplicaFigures | null = null;
  let recall: RecallReport;
  let matches: MatchReport | null = null;
  let partners: { p50: number; p95: number } | null = null;
  let load: DbResult["load"];
  let steady: DbResult["steady"];
  let rssMb: number;
  let pageWeights: PageWeight[] = [];
  let forumReads: Pick<ForumFigures, "catalogue" | "agenda"> = { catalogue: null, agenda: null };
  const countAnswers: { input: BenchQuery["input"]; at: Date; answer: SearchAnswer }[] = [];
  try {
    // Next.js loads the route on its first request: not a search cost.
    await search({ q: "warm up" });

    // Cold: a write lands before every request, so neither the count cache nor the result cache can serve it.
    // A new listing's own word must be found by the very next search.
    const coldSamples: Record<string, { ms: number[]; db: number[] }> = {};
    let checked = 0;
    let visible = 0;
    const coldWriteErrors: string[] = [];
    const coldLookups: CacheLookups = { hits: 0, revalidated: 0, updated: 0, misses: 0 };
    for (let rep = 0; rep < (options.short ? 1 : 3); rep += 1) {
      for (const benchQuery of benchQueries) {
        // A repetition asks for a page one hit shorter: a key never asked before, so the result cache cannot
        // answer it even by checking that the write before it changed nothing the query finds.
        const query = rep === 0 ? benchQuery : { ...benchQuery, input: { ...benchQuery.input, pageSize: Number(benchQuery.input.pageSize ?? 20) - rep } };
        const write = await writer.write().catch((error: unknown) => {
          // Reported, not fatal: the query is still one never asked before, but may share cached counts.
          coldWriteErrors.push(error instanceof Error ? error.message : String(error));
          return undefined;
        });
        // On a replica a visitor's search sees a write once it is replayed: not at once by design (the writer's
        // own reads stay on the primary, tests/reliability/production-shape.test.ts).
        if (write?.word !== undefined && replica === undefined) {
          checked += 1;
          if ((await search({ q: write.word })).hits.some((hit) => hit.entityId === write.listingId)) visible += 1;
        }
        const lookupsBefore = await server.resultCacheLookups();
        const response = await timedGet(trpcUrl(server.url, "search.query", query.input));
        trpcData(response);
        addLookups(coldLookups, lookupsBefore, await server.resultCacheLookups());
        const bucket = (coldSamples[query.class] ??= { ms: [], db: [] });
        bucket.ms.push(response.ms);
        if (response.dbMs !== null) bucket.db.push(response.dbMs);
      }
    }
    cold = { ...byClassLatency(coldSamples), writeErrors: coldWriteErrors.length, lastWriteError: coldWriteErrors.at(-1), lookups: coldLookups };
    if (checked > 0) visibility = { checked, visible };

    // Warm: each query once to fill the caches, then repeated.
    for (const query of benchQueries) await search(query.input);
    const warmSamples: Record<string, { ms: number[]; db: number[] }> = {};
    for (let rep = 0; rep < reps; rep += 1) {
      for (const query of benchQueries) {
        const response = await timedGet(trpcUrl(server.url, "search.query", query.input));
        trpcData(response);
        const bucket = (warmSamples[query.class] ??= { ms: [], db: [] });
        bucket.ms.push(response.ms);
        if (response.dbMs !== null) bucket.db.push(response.dbMs);
      }
    }
    warm = byClassLatency(warmSamples);

    recall = await evaluateRecall(async (input) => (await search(input)).hits.map((hit) => hit.entityId), dataset.truth);
    try {
      const partnerMs: number[] = [];
      const ask = async (companyId: string) => {
        const response = await timedGet(trpcUrl(server.url, "search.partnersForYou", { companyId, limit: 10 }), { cookie });
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

    forumReads = await measureForumReads(server.url, cookie, forum, options.short ? 10 : 60).catch((error: unknown) => {
      process.stderr.write(`[${kind}] forum catalogue and agenda over HTTP failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return { catalogue: null, agenda: null };
    });

    const transactionsBefore = await replica?.transactions();
    ({ load, steady } = await measureLoad(server, writer, zipfPaths(dataset.seed), options.short, `[${kind}]`));
    if (replica !== undefined && transactionsBefore !== undefined) {
      // A backend reports its counters when it goes idle, within 10 s (PostgreSQL 15's cumulative statistics).
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      const after = await replica.transactions();
      replicaFigures = { transactions: { replica: after.replica - transactionsBefore.replica, primary: after.primary - transactionsBefore.primary } };
      // The answers compared with the baseline (on the primary) must come from the same state.
      await replica.caughtUp();
    }

    // Counts to compare with the baseline's GROUP BY once the server has stopped (no write lands in between).
    for (const query of benchQueries.filter((entry) => entry.class === "browse")) {
      countAnswers.push({ input: query.input, at: new Date(), answer: await search(query.input) });
    }
    rssMb = server.rssMb();
    const [first] = dataset.batches(1).next().value?.companies ?? [];
    pageWeights = await measurePageWeights(server.url, first?.slug ?? "missing").catch((error: unknown) => {
      process.stderr.write(`[${kind}] page weight failed: ${String(error)}\n`);
      return [];
    });
  } finally {
    await writerDb?.close();
    await server.stop();
    await replica?.stop();
  }

  // The baseline runs after the server stopped: an embedded database has one process at a time.
  const direct = await openDirect();
  let fair: BaselineFigures;
  let toast: BaselineFigures | null = null;
  let baselineRecall: RecallReport;
  const counts: DbResult["counts"] = { checked: 0, mismatches: [] };
  let settings: string | null = null;
  try {
    if (kind === "postgres") settings = await postgresSettings(direct.db);
    await prepareBaselineTable(direct.db);
    // A baseline query takes seconds at size M, so short mode (CI, or a first look at M) times the first two
    // queries of each class once; its page is deterministic, so its recall reads the ids of the timed runs.
    const baselineQueries = options.short ? firstOfEachClass(benchQueries, 2) : benchQueries;
    const baselineIds = new Map<string, string[]>();
    const pageKey = (input: object) => JSON.stringify({ ...input, pageSize: undefined, page: undefined });
    const timeBaseline = async (which: BaselineTable, rounds: number): Promise<BaselineFigures> => {
      const samples: Record<string, number[]> = {};
      for (let rep = 0; rep < rounds; rep += 1) {
        for (const query of baselineQueries) {
          const result = await runBaseline(direct.db, query.input, loadInstant, which);
          (samples[query.class] ??= []).push(result.ms);
          if (which === "fair" && (query.input.page === undefined || query.input.page === 1)) baselineIds.set(pageKey(query.input), result.ids);
        }
      }
      const all = Object.values(samples).flat();
      const byClass: BaselineFigures["byClass"] = {};
      for (const [cls, ms] of Object.entries(samples)) byClass[cls as QueryClass] = { p50: percentile(ms, 50), p95: percentile(ms, 95) };
      return { byClass, all: { p50: percentile(all, 50), p95: percentile(all, 95) } };
    };
    fair = await timeBaseline("fair", options.short ? 1 : Math.max(2, Math.ceil(reps / 3)));
    // The baseline on the TOAST-tuned table reads every text from TOAST (seconds per query): long runs only.
    if (!options.short) toast = await timeBaseline("toast", 1);
    baselineRecall = await evaluateRecall(
      async (input) => baselineIds.get(pageKey(input)) ?? (await runBaseline(direct.db, input, loadInstant)).ids,
      dataset.truth,
      baselineQueries,
    );
    for (const { input, at, answer } of countAnswers) counts.mismatches.push(...countMismatches(input, answer, await runBaseline(direct.db, input, at)));
    counts.checked = countAnswers.length;
  } finally {
    await direct.close();
  }
  return { db: kind, settings, replica: replicaFigures, cold, warm, baseline: { fair, toast }, recall, baselineRecall, matches, partners, load, steady, visibility, counts, rssMb, pageWeights, forum: { ...forumFigures, ...forumReads } };
}

/**
 * Where the portal's total and facet counts are not true against the baseline's `count(*)` and `GROUP BY` (empty
 * when they are): exact, or — the total when not `totalExact`, facet counts when not `countsExact` — lower bounds.
 */
function countMismatches(input: object, answer: SearchAnswer, expected: BaselineResult): string[] {
  const out: string[] = [];
  const label = JSON.stringify(input);
  if (answer.totalExact ? answer.total !== expected.total : answer.total > expected.total) out.push(`${label}: total ${answer.total} against ${expected.total}`);
  for (const [facet, values] of Object.entries(expected.facets)) {
    const shown = Object.fromEntries((answer.facets[facet] ?? []).map((entry) => [entry.value, entry.count]));
    for (const value of new Set([...Object.keys(values), ...Object.keys(shown)])) {
      const [count, truth] = [shown[value] ?? 0, values[value] ?? 0];
      if (answer.countsExact ? count !== truth : count > truth) out.push(`${label}: ${facet}=${value} ${count} against ${truth}`);
    }
  }
  return out;
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
  const name = `${options.size}-${options.dbs.join("-")}${options.replica ? "-replica" : ""}${options.short ? "-short" : ""}`;
  writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify({ meta, results, budgets: budgetRows(results) }, null, 2));
  writeFileSync(path.join(outDir, `${name}.md`), renderMarkdown(meta, results));
  process.stdout.write(renderTerminal(results));
  process.stdout.write(`\nreport: tests/.reports/bench/${name}.md\n`);

  // CI floors: the ratio to the fair baseline, recall, exact counts and visible writes (never milliseconds, which
  // differ from machine to machine).
  const checks = results.flatMap((result) => floorChecks(result).map((check) => ({ ...check, name: `${result.db} ${options.size}: ${check.name}` })));
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
