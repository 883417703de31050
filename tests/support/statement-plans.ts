import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { rowsOf } from "./raw-rows";

/** A node of `EXPLAIN (ANALYZE, FORMAT JSON)`, as far as the search tests read it. */
export type PlanNode = {
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
};

/** The most rows any one scan of search_documents read: those it returned and those its filter removed. */
export function mostDocumentsRead(node: PlanNode): number {
  const own = node["Relation Name"] === "search_documents" ? (node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0) : 0;
  return Math.max(own, ...(node.Plans ?? []).map(mostDocumentsRead));
}

type Executes = { execute: (query: SQL) => Promise<unknown> };

/**
 * The same database handle, except that each statement whose SQL contains `marker` also runs under
 * `EXPLAIN (ANALYZE, FORMAT JSON)` first, its plan pushed to `plans`.
 */
export function explainingStatements<T extends Executes>(db: T, marker: string, plans: PlanNode[]): T {
  const dialect = new PgDialect();
  return new Proxy(db, {
    get(target, key, receiver) {
      if (key !== "execute") return Reflect.get(target, key, receiver);
      return async (query: SQL) => {
        if (dialect.sqlToQuery(query).sql.includes(marker)) {
          const [row] = rowsOf<{ "QUERY PLAN": unknown }>(await target.execute(sql`explain (analyze, format json) ${query}`));
          const plan = typeof row?.["QUERY PLAN"] === "string" ? JSON.parse(row["QUERY PLAN"]) : row?.["QUERY PLAN"];
          const [statement] = plan as { Plan: PlanNode }[];
          if (statement !== undefined) plans.push(statement.Plan);
        }
        return target.execute(query);
      };
    },
  });
}
