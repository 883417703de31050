/**
 * Loads a dataset straight into the database (setup, not what is measured): multi-row inserts of
 * organizations, companies and listings per batch, then the batch's search documents written by the db package's own
 * `refreshSearchDocumentsForCompanies` — what publishing calls, for many companies at once — so folded text, facets
 * and the typo dictionary are exactly what production writes.
 */
import { refreshSearchDocumentsForCompanies, schema, type Db } from "@karvon/db";
import { sql } from "drizzle-orm";
import type { Dataset } from "./dataset";
import { createProgress } from "./progress";
import { queryRows } from "./query-rows";

/** A day inside every generated listing's validity, so expiry is judged the same on every run. */
export const loadInstant = new Date("2026-06-01T00:00:00Z");

const companiesPerBatch = 250;
/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table. */
const rowsPerInsert = 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += rowsPerInsert) await insert(rows.slice(start, start + rowsPerInsert));
}

const bulkTables = ["companies", "listings", "search_documents", "search_words"];

/**
 * Secondary indexes (not backing a primary key or unique constraint) of the bulk-loaded tables are dropped
 * before the load and re-created from their own definitions after it: building a GIN index once is many
 * times faster than updating it row by row. The definitions are read from the catalog, so the schema's
 * indexes come back exactly as migrated.
 */
async function withoutSecondaryIndexes(db: Db, load: () => Promise<void>): Promise<void> {
  const rows = await queryRows<{ name: string; definition: string }>(db, sql`
    select i.indexname as name, i.indexdef as definition
    from pg_indexes i
    where i.schemaname = 'public' and i.tablename in (${sql.join(bulkTables.map((table) => sql`${table}`), sql`, `)})
      and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`);
  for (const index of rows) await db.execute(sql.raw(`drop index "${index.name}"`));
  try {
    await load();
  } finally {
    for (const index of rows) await db.execute(sql.raw(index.definition));
  }
}

export async function loadDataset(db: Db, dataset: Dataset, label = `load ${dataset.size}`): Promise<void> {
  await withoutSecondaryIndexes(db, () => loadRows(db, dataset, label));
  await db.execute(sql`analyze`);
}

async function loadRows(db: Db, dataset: Dataset, label: string): Promise<void> {
  const progress = createProgress(label, dataset.counts.companies);
  let done = 0;
  for (const batch of dataset.batches(companiesPerBatch)) {
    await db.transaction(async (tx) => {
      await insertChunked(batch.organizations, (chunk) => tx.insert(schema.organization).values(chunk));
      await insertChunked(batch.companies, (chunk) => tx.insert(schema.companies).values(chunk));
      await insertChunked(batch.listings, (chunk) => tx.insert(schema.listings).values(chunk));
      await refreshSearchDocumentsForCompanies(tx, batch.companies.map((company) => company.id), loadInstant);
    });
    done += batch.companies.length;
    progress.update(done);
  }
  progress.done();
}
