/**
 * Search quality against the planted truth: recall@10 per query class (how many of the planted documents are
 * among the first ten hits, out of min(10, planted)), and precision@10 of matchmaking (how many of the first
 * ten suggestions are the planted complementary requests).
 */
import type { SearchInput } from "@karvon/data";
import type { Truth } from "./dataset";
import { benchQueries, recallFloors, type BenchQuery, type QueryClass } from "./queries";

export type SearchIds = (input: SearchInput) => Promise<string[]>;
export type QueryRecall = { id: string; class: QueryClass; recall: number; missing: string[] };
export type RecallReport = { byClass: Partial<Record<QueryClass, number>>; queries: QueryRecall[] };

export function recallAt10(hits: readonly string[], expected: readonly string[]): number {
  if (expected.length === 0) return 1;
  const top = new Set(hits.slice(0, 10));
  return expected.filter((id) => top.has(id)).length / Math.min(10, expected.length);
}

/** Recall@10 of the planted queries among `among` (all the benchmark's queries unless given). */
export async function evaluateRecall(search: SearchIds, truth: Truth, among: readonly BenchQuery[] = benchQueries): Promise<RecallReport> {
  const queries: QueryRecall[] = [];
  for (const query of among) {
    if (query.truth === undefined) continue;
    const expected = truth.search[query.truth];
    if (expected === undefined) throw new Error(`no planted truth "${query.truth}"`);
    const hits = await search({ ...query.input, pageSize: 10 });
    const top = new Set(hits.slice(0, 10));
    queries.push({ id: query.id, class: query.class, recall: recallAt10(hits, expected), missing: expected.filter((id) => !top.has(id)) });
  }
  const byClass: Partial<Record<QueryClass, number>> = {};
  for (const cls of new Set(queries.map((query) => query.class))) {
    const own = queries.filter((query) => query.class === cls);
    byClass[cls] = own.reduce((sum, query) => sum + query.recall, 0) / own.length;
  }
  return { byClass, queries };
}

/** The ids of suggested listings for the planted offering company, best first. */
export type MatchIds = (companyId: string) => Promise<string[]>;
export type MatchReport = { precision: number; groups: { key: string; precision: number; suggested: number }[] };

export async function evaluateMatches(match: MatchIds, truth: Truth): Promise<MatchReport> {
  const groups: MatchReport["groups"] = [];
  for (const [key, group] of Object.entries(truth.matches)) {
    const top = (await match(group.companyId)).slice(0, 10);
    const relevant = top.filter((id) => group.expected.includes(id)).length;
    groups.push({ key, precision: top.length === 0 ? 0 : relevant / top.length, suggested: top.length });
  }
  return { precision: groups.reduce((sum, group) => sum + group.precision, 0) / Math.max(1, groups.length), groups };
}

/** Failed floors, as lines a person can act on (empty when every floor holds). */
/** One check per recall floor: the class, its floor and whether recall@10 reached it. */
export function recallChecks(report: RecallReport): { name: string; pass: boolean }[] {
  return Object.entries(recallFloors).map(([cls, floor]) => {
    const value = report.byClass[cls as QueryClass];
    return { name: `recall@10 ${cls} ${value === undefined ? "—" : value.toFixed(2)} ≥ ${floor}`, pass: value !== undefined && value >= floor };
  });
}
