import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { rowsOf } from "../support/raw-rows";

/**
 * Every search through a GIN index reads the index's pending list of unmerged entries, which by default grows to
 * 4 MB before a write merges it. At size M, 255 pending pages of search documents (about 260 documents written
 * since the last merge) added 3–4 ms to a rare word's search and 7 ms to a common one's. Search's GIN indexes merge
 * theirs at 128 kB.
 */
const searchGinIndexes = [
  "search_documents_words_index",
  "search_documents_own_tsv_index",
  "search_documents_sectors_index",
  "search_documents_hs_chapters_index",
  "search_documents_cooperation_kinds_index",
  "search_words_word_trgm_index",
];

describe.each(testDatabases())("search's GIN indexes on $name", (database) => {
  const handle = useTestDatabase(database);

  it("merge their pending lists at 128 kB", async () => {
    const rows = rowsOf<{ name: string; options: string[] | null }>(
      await handle.db.execute(sql`
        select c.relname as name, c.reloptions as options from pg_class c join pg_am a on a.oid = c.relam
        where a.amname = 'gin' and c.relname like 'search%'`),
    );
    expect(rows.map((row) => row.name).sort()).toEqual([...searchGinIndexes].sort());
    for (const row of rows) expect({ name: row.name, options: row.options }).toEqual({ name: row.name, options: ["gin_pending_list_limit=128"] });
  });
});
