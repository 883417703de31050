/** The benchmark's figures as a terminal table, a Markdown report and the search budgets with pass/fail. */
import type { PageWeight } from "./page-weight";
import type { QueryClass } from "./queries";
import type { MatchReport, RecallReport } from "./recall";

type Latency = { p50: number; p95: number; p99: number; dbP50: number | null };
/** The first request of each query after the server started: its facet counts are not cached yet. */
type FirstLatency = { p50: number; max: number };
export type DbResult = {
  db: "pglite" | "postgres";
  http: { byClass: Partial<Record<QueryClass, Latency>>; all: Latency };
  first: { byClass: Partial<Record<QueryClass, FirstLatency>>; all: FirstLatency };
  baseline: { byClass: Partial<Record<QueryClass, { p50: number; p95: number }>>; all: { p50: number; p95: number } };
  recall: RecallReport;
  baselineRecall: RecallReport;
  matches: MatchReport | null;
  partners: { p50: number; p95: number } | null;
  load: { rps: number; p95: number; errors: number };
  rssMb: number;
  pageWeights: PageWeight[];
};

const ms = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? "—" : `${value.toFixed(1)} ms`);
const ratio = (base: number | undefined, value: number | undefined) =>
  base === undefined || value === undefined || value === 0 ? "—" : `${(base / value).toFixed(1)}×`;
const num = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(2));

export type BudgetRow = { budget: string; db: string; limit: string; value: string; pass: boolean | null };

export function budgetRows(results: readonly DbResult[]): BudgetRow[] {
  return results.flatMap((r) => {
    const pg = r.db === "postgres";
    const row = (budget: string, limit: string, value: number | undefined, pass: boolean | null, unit = " ms"): BudgetRow => ({
      budget,
      db: r.db,
      limit,
      value: value === undefined ? "—" : `${value.toFixed(value < 10 ? 2 : 1)}${unit}`,
      pass,
    });
    const p50 = r.http.all.p50;
    const p95 = r.http.all.p95;
    const speedup = r.baseline.all.p50 / p50;
    return [
      row("search + facets, 1 client, p50", pg ? "≤ 8 ms" : "≤ 20 ms", p50, p50 <= (pg ? 8 : 20)),
      row("search + facets, 1 client, p95", pg ? "≤ 30 ms" : "≤ 60 ms", p95, p95 <= (pg ? 30 : 60)),
      row("against the naive baseline, p50", pg ? "≥ 20×" : "≥ 10×", speedup, speedup >= (pg ? 20 : 10), "×"),
      row("16 clients, mixed, throughput", pg ? "≥ 200 req/s" : "≥ 60 req/s", r.load.rps, r.load.rps >= (pg ? 200 : 60), " req/s"),
      ...(pg ? [row("16 clients, mixed, p95", "≤ 100 ms", r.load.p95, r.load.p95 <= 100)] : []),
      row("partners for you, p95", pg ? "≤ 25 ms" : "≤ 50 ms", r.partners?.p95, r.partners === null ? null : r.partners.p95 <= (pg ? 25 : 50)),
      row("recall@10 exact", "≥ 0.90", r.recall.byClass.exact, (r.recall.byClass.exact ?? 0) >= 0.9, ""),
      row("recall@10 cross-script", "≥ 0.85", r.recall.byClass["cross-script"], (r.recall.byClass["cross-script"] ?? 0) >= 0.85, ""),
      row("recall@10 typo", "≥ 0.80", r.recall.byClass.typo, (r.recall.byClass.typo ?? 0) >= 0.8, ""),
    ];
  });
}

function classRows(r: DbResult): string[][] {
  return Object.entries(r.http.byClass).map(([cls, latency]) => {
    const base = r.baseline.byClass[cls as QueryClass];
    const first = r.first.byClass[cls as QueryClass];
    return [r.db, cls, ms(latency.p50), ms(latency.p95), ms(latency.p99), ms(latency.dbP50), `${ms(first?.p50)} / ${ms(first?.max)}`, ms(base?.p50), ratio(base?.p50, latency.p50), ratio(base?.p50, latency.dbP50 ?? undefined), num(r.recall.byClass[cls as QueryClass]), num(r.baselineRecall.byClass[cls as QueryClass])];
  });
}

const classHeader = ["db", "class", "p50", "p95", "p99", "db p50", "first p50 / max", "baseline p50", "× (http)", "× (db)", "recall@10", "baseline recall"];

function summaryRows(r: DbResult): string[][] {
  return [
    [r.db, "all queries, 1 client", `p50 ${ms(r.http.all.p50)} · p95 ${ms(r.http.all.p95)} · p99 ${ms(r.http.all.p99)} · db p50 ${ms(r.http.all.dbP50)}`],
    [r.db, "first request of each query (counts not cached)", `p50 ${ms(r.first.all.p50)} · max ${ms(r.first.all.max)}`],
    [r.db, "naive baseline (SQL only)", `p50 ${ms(r.baseline.all.p50)} · p95 ${ms(r.baseline.all.p95)} → ${ratio(r.baseline.all.p50, r.http.all.p50)} at p50`],
    [r.db, "16 clients, mixed", `${r.load.rps.toFixed(0)} req/s · p95 ${ms(r.load.p95)} · errors ${r.load.errors}`],
    [r.db, "partners for you", r.partners === null ? "not measured (see log)" : `p50 ${ms(r.partners.p50)} · p95 ${ms(r.partners.p95)} · precision@10 ${num(r.matches?.precision)}`],
    [r.db, "server memory (RSS)", `${r.rssMb.toFixed(0)} MB`],
    ...r.pageWeights.map((w) => [r.db, `first-load JS ${w.page}`, `${w.gzipKb.toFixed(1)} kB gzip (${w.scripts} scripts) — ${w.pass ? "under" : "OVER"} 180 kB`]),
  ];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function mdTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

const passText = (pass: boolean | null) => (pass === null ? "n/a" : pass ? "pass" : "**FAIL**");

export function renderTerminal(results: readonly DbResult[]): string {
  return [
    "",
    table(classHeader, results.flatMap(classRows)),
    "",
    table(["db", "what", "figures"], results.flatMap(summaryRows)),
    "",
    table(["budget", "db", "limit", "value", "result"], budgetRows(results).map((b) => [b.budget, b.db, b.limit, b.value, b.pass === null ? "n/a" : b.pass ? "pass" : "FAIL"])),
    "",
  ].join("\n");
}

export function renderMarkdown(meta: { size: string; seed: number; counts: { companies: number; listings: number }; short: boolean; at: string }, results: readonly DbResult[]): string {
  const misses = results.flatMap((r) => r.recall.queries.filter((q) => q.recall < 1).map((q) => [r.db, q.id, q.class, q.recall.toFixed(2)]));
  return [
    `# Benchmark — size ${meta.size}${meta.short ? " (short)" : ""}`,
    "",
    `${meta.counts.companies} companies, ${meta.counts.listings} listings, seed ${meta.seed}; ${meta.at}. Latency is measured over HTTP at the tRPC endpoint of \`next start\`, after one request of each query (so repeats are answered from the result cache of their generation; "first" is that first request, which computes everything); "db" is the Server-Timing database time; the baseline is ILIKE + GROUP BY run directly in SQL on the same rows (so "× (http)" compares a full HTTP round trip with bare SQL).`,
    "",
    "## Per query class",
    "",
    mdTable(classHeader, results.flatMap(classRows)),
    "",
    "## Summary",
    "",
    mdTable(["db", "what", "figures"], results.flatMap(summaryRows)),
    "",
    "## Budgets (stated for size M)",
    "",
    mdTable(["budget", "db", "limit", "value", "result"], budgetRows(results).map((b) => [b.budget, b.db, b.limit, b.value, passText(b.pass)])),
    "",
    "## Planted queries below recall 1.0",
    "",
    misses.length === 0 ? "None." : mdTable(["db", "query", "class", "recall@10"], misses),
    "",
  ].join("\n");
}
