/**
 * The naive baseline every figure is compared with: what a first version would do — `ILIKE '%word%'` for each
 * folded word, the page by date, the total with `count(*)`, and each facet's counts with its own `GROUP BY` —
 * executed directly in SQL (no HTTP, no tRPC), so its time is pure database time and the ratios are conservative.
 *
 * It runs on its own plain table of the same texts and facets (`bench_baseline_documents`, copied from the search
 * documents when measured), as a first version would store them. The portal's `search_documents` keeps its texts
 * in TOAST (a narrow heap for the counts), so an `ILIKE` there reads every row's text from TOAST: the baseline on
 * that table (`baselineTables.toast`) is slower than any real first version and flatters the ratio. Both are
 * reported until the fair one is the only one.
 */
import { foldTokens, searchInputSchema, type SearchInput } from "@karvon/data";
import type { Db } from "@karvon/db";
import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "./query-rows";

const kindOfType: Record<string, string | undefined> = {
  companies: "company",
  offers: "offer",
  requests: "request",
  projects: "joint-project",
};

type Filter = { facet: string; condition: SQL };

function filtersOf(input: ReturnType<typeof searchInputSchema.parse>): Filter[] {
  const filters: Filter[] = [];
  const kind = kindOfType[input.type];
  if (kind !== undefined) filters.push({ facet: "kind", condition: sql`kind = ${kind}` });
  if (input.country) filters.push({ facet: "country", condition: sql`country = ${input.country}` });
  if (input.region) filters.push({ facet: "region", condition: sql`region = ${input.region}` });
  if (input.sector) filters.push({ facet: "sector", condition: sql`${input.sector} = any(sectors)` });
  if (input.hsChapter) filters.push({ facet: "hsChapter", condition: sql`${input.hsChapter} = any(hs_chapters)` });
  if (input.cooperationKind) filters.push({ facet: "cooperationKind", condition: sql`${input.cooperationKind} = any(cooperation_kinds)` });
  if (input.sizeBand) filters.push({ facet: "sizeBand", condition: sql`size_band = ${input.sizeBand}` });
  if (input.economicZone) filters.push({ facet: "economicZone", condition: sql`economic_zone = ${input.economicZone}` });
  if (input.verifiedOnly) filters.push({ facet: "verified", condition: sql`verified` });
  return filters;
}

const facetColumns: { facet: string; column: string; array: boolean }[] = [
  { facet: "kind", column: "kind", array: false },
  { facet: "country", column: "country", array: false },
  { facet: "region", column: "region", array: false },
  { facet: "sector", column: "sectors", array: true },
  { facet: "hsChapter", column: "hs_chapters", array: true },
  { facet: "cooperationKind", column: "cooperation_kinds", array: true },
  { facet: "sizeBand", column: "size_band", array: false },
  { facet: "economicZone", column: "economic_zone", array: false },
  { facet: "verified", column: "verified", array: false },
];

export const baselineTables = { fair: "bench_baseline_documents", toast: "search_documents" } as const;
export type BaselineTable = keyof typeof baselineTables;

/** (Re)creates the fair baseline's plain table from the current search documents (default storage, no indexes). */
export async function prepareBaselineTable(db: Db): Promise<void> {
  await db.execute(sql`drop table if exists bench_baseline_documents`);
  await db.execute(sql`create table bench_baseline_documents as
    select entity_id, kind, country, region, sectors, hs_chapters, cooperation_kinds, size_band, economic_zone,
           verified, published_at, valid_until, folded
    from search_documents`);
  await db.execute(sql`analyze bench_baseline_documents`);
}

export type BaselineResult = { ids: string[]; total: number; facets: Record<string, Record<string, number>>; ms: number };

/** Runs one query the naive way; returns the page's entity ids, the total, the facet counts and the wall time of all statements. */
export async function runBaseline(db: Db, raw: SearchInput, now: Date = new Date(), which: BaselineTable = "fair"): Promise<BaselineResult> {
  const table = sql.raw(baselineTables[which]);
  const input = searchInputSchema.parse(raw);
  const words = foldTokens(input.q).filter((word) => word.length >= 2);
  const text = words.map((word) => sql`folded ilike ${`%${word}%`}`);
  const live = sql`(valid_until is null or valid_until > ${now.toISOString()}::timestamptz)`;
  const filters = filtersOf(input);
  const where = (except?: string) =>
    sql.join([live, ...text, ...filters.filter((filter) => filter.facet !== except).map((filter) => filter.condition)], sql` and `);
  const started = performance.now();
  const hits = await queryRows<{ entity_id: string }>(
    db,
    sql`select entity_id from ${table} where ${where()} order by published_at desc, entity_id
        limit ${input.pageSize} offset ${(input.page - 1) * input.pageSize}`,
  );
  const [count] = await queryRows<{ total: string | number }>(db, sql`select count(*) as total from ${table} where ${where()}`);
  const facets: Record<string, Record<string, number>> = {};
  for (const { facet, column, array } of facetColumns) {
    const value = array ? sql.raw(`unnest(${column})`) : sql.raw(column);
    const rows = await queryRows<{ value: string | boolean | null; count: string | number }>(
      db,
      sql`select ${value} as value, count(*) from ${table} where ${where(facet)} group by 1`,
    );
    facets[facet] = Object.fromEntries(rows.filter((row) => row.value !== null && row.value !== false).map((row) => [String(row.value), Number(row.count)]));
  }
  return { ids: hits.map((hit) => hit.entity_id), total: Number(count?.total ?? 0), facets, ms: performance.now() - started };
}
