import { sql } from "drizzle-orm";
import { bigint, boolean, customType, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";

const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => "tsvector" });

/**
 * One row per searchable thing (a published company or a published, visible, unexpired listing of one), and
 * nothing else: a row exists only while the thing is public, so queries need no visibility joins. Kept narrow
 * (facet codes, two tsvectors, a short display record) so search and facet counts scan little. Written in the
 * same transaction as every change that affects visibility (queries/search-documents.ts).
 */
/**
 * A GIN index keeps new entries in an unsorted pending list until it holds `gin_pending_list_limit` kB (4 MB by
 * default) or a vacuum merges them, and every search through the index reads the whole list. Search documents
 * are written a few at a time, and their large tsvectors take about a page each: at size M, 255 pending pages
 * added 3–4 ms to a rare word's search and 7 ms to a common one's. At 128 kB, the write that fills the list merges
 * it (about 16 documents' entries), and a search reads at most 16 pages more. Bulk writes pay for it: rewriting
 * 2,000 documents at size M took 3.2 s against 1.9–2.1 s with 4 MB lists (docs/performance.md).
 */
const ginPendingList = { gin_pending_list_limit: 128 };

export const searchDocuments = pgTable(
  "search_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** `company` | `listing`. */
    entityType: text().notNull(),
    /** The company's or the listing's id. */
    entityId: uuid().notNull().unique(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** The "what" facet: `company`, `offer`, `request` or `joint-project`. */
    kind: text().notNull(),
    country: text().notNull(),
    region: text(),
    sectors: text().array().notNull().default([]),
    hsChapters: text().array().notNull().default([]),
    cooperationKinds: text().array().notNull().default([]),
    sizeBand: text(),
    economicZone: text(),
    verified: boolean().notNull().default(false),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    validUntil: timestamp({ withTimezone: true }),
    /** What a result card shows without another query: localized title, company name and slug, summary. */
    display: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /**
     * `foldText` of every language's title and description (a company's: its description): one script, so
     * Cyrillic finds Latin and back. Weighted A in `tsv` and `own_tsv`.
     */
    folded: text().notNull(),
    /** The folded company name (legal and trade name). Weighted B: a match there ranks below one in the title. */
    nameFolded: text().notNull().default(""),
    /**
     * The folded labels and synonyms (all languages and scripts) of the region, country, kind, sectors, HS
     * chapters and cooperation kinds, without words already in `folded`: concept search. Weighted D in `tsv`.
     */
    concepts: text().notNull().default(""),
    /** The raw (unfolded) texts, for the Russian and English stemmers. */
    body: text().notNull(),
    tsv: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple'::regconfig, "folded"), 'A') || setweight(to_tsvector('simple'::regconfig, "name_folded"), 'B') || setweight(to_tsvector('simple'::regconfig, "concepts"), 'D')`,
      ),
    /**
     * The document's own words only (A: title and description, B: company name), small enough to stay in the
     * row (STORAGE MAIN, migration 0018): ranking reads it for every match instead of `tsv`, whose concepts make
     * it large and keep it in TOAST.
     */
    ownTsv: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple'::regconfig, "folded"), 'A') || setweight(to_tsvector('simple'::regconfig, "name_folded"), 'B')`,
      ),
    stemmed: tsvector()
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('russian'::regconfig, "body") || to_tsvector('english'::regconfig, "body")`),
  },
  (t) => [
    // Every word of a query matches its folded words and their stems together, as one tsquery: this index
    // intersects the words itself (search-conditions.ts).
    index("search_documents_words_index").using("gin", sql`(${t.tsv} || ${t.stemmed})`).with(ginPendingList),
    // A page is first looked for among the documents with its words in their own text (queries/search-page.ts).
    index().using("gin", t.ownTsv).with(ginPendingList),
    index().using("gin", t.sectors).with(ginPendingList),
    index().using("gin", t.hsChapters).with(ginPendingList),
    index().using("gin", t.cooperationKinds).with(ginPendingList),
    index().on(t.kind, t.country),
    // Browsing without words reads the newest documents of each verified group in index order (queries/search.ts).
    index().on(t.publishedAt.desc().nullsFirst(), t.entityId),
    index().on(t.verified, t.publishedAt.desc().nullsFirst(), t.entityId),
    index().on(t.companyId),
    // Documents past their validity that the expiry job has not removed yet: the counters subtract them.
    index("search_documents_valid_until_index").on(t.validUntil).where(sql`${t.validUntil} is not null`),
  ],
);

/**
 * Every distinct folded word of the search documents, with a trigram index: a query word with a typo or another
 * word form is expanded into the close words that really occur (PostgreSQL's recommended approach for
 * `pg_trgm` spelling suggestions). Append-only; a stale word costs nothing but one candidate.
 */
export const searchWords = pgTable(
  "search_words",
  {
    word: text().primaryKey(),
  },
  (t) => [index("search_words_word_trgm_index").using("gin", t.word.op("gin_trgm_ops")).with(ginPendingList)],
);

/**
 * One row whose `generation` changes (from a sequence, so a value is never reused, even after a rollback) when a
 * transaction that changed `search_documents` commits: a deferred trigger (migration 0011) writes it. Facet
 * counts cached under one generation are exact for as long as it is current (queries/generation-cache.ts).
 */
export const searchGeneration = pgTable("search_generation", {
  id: boolean().primaryKey().default(true),
  generation: bigint({ mode: "number" }).notNull(),
  /**
   * `search_document_changes` holds every change of a generation after this one: an answer cached under an
   * older generation cannot be checked against them and is computed again.
   */
  prunedThrough: bigint({ mode: "number" }).notNull().default(0),
});

/**
 * A snapshot of each old and each new version of a search document that a transaction wrote, with the columns the
 * search condition reads (statement triggers of migration 0025). The deferred trigger that moves
 * `search_generation` at commit stamps the transaction's rows with the new generation and prunes those older than
 * the last few thousand generations. A result cached under an older generation is still exact when none of the
 * changes since matches its query (queries/search.ts): it is then served instead of being computed again.
 */
export const searchDocumentChanges = pgTable(
  "search_document_changes",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** The generation the writing transaction committed as; null until it commits. */
    generation: bigint({ mode: "number" }),
    /** `txid_current()` of the writing transaction, to find its rows at commit. */
    txid: bigint({ mode: "number" }).notNull(),
    entityId: uuid().notNull(),
    /**
     * The document as the write left it (an insert's row, an update's new row), or as it was before (an update's
     * old row, a deleted row). A transaction's old rows are recorded before its new ones, so the first version of
     * a document since a generation tells what it was then: the old row, or nothing when that is a new one.
     */
    isNew: boolean().notNull(),
    kind: text().notNull(),
    country: text().notNull(),
    region: text(),
    sectors: text().array().notNull(),
    hsChapters: text().array().notNull(),
    cooperationKinds: text().array().notNull(),
    sizeBand: text(),
    economicZone: text(),
    verified: boolean().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    validUntil: timestamp({ withTimezone: true }),
    tsv: tsvector().notNull(),
    ownTsv: tsvector().notNull(),
    stemmed: tsvector().notNull(),
  },
  (t) => [
    index().on(t.generation),
    index("search_document_changes_unstamped_index").on(t.txid).where(sql`${t.generation} is null`),
  ],
);

/**
 * How many search documents carry each facet value, overall (`given` = `*`) and among the documents that carry
 * one other facet value (`given` = that facet and value); the facet `*` counts the documents themselves. Kept by
 * statement triggers on `search_documents` in the writing transaction (custom migration
 * 0016_search_facet_counts_triggers), so a reader's snapshot sees counts that agree with the documents: browsing
 * with no words and at most one filter reads its facet counts here instead of counting every document, and with
 * two filters of one value each the counts of the two filtered facets.
 */
export const searchFacetCounts = pgTable(
  "search_facet_counts",
  {
    givenFacet: text().notNull(),
    givenValue: text().notNull(),
    facet: text().notNull(),
    value: text().notNull(),
    count: bigint({ mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.givenFacet, t.givenValue, t.facet, t.value] })],
);

/**
 * Which text-folding rules and concept vocabulary the stored search documents were written with
 * (`searchTextVersion` of queries/search-text-version.ts). When they change, the documents are rewritten once
 * at start-up (`refreshStaleSearchDocuments`), so no row keeps folded text or concepts the queries no longer use.
 */
export const searchTextVersions = pgTable("search_text_version", {
  id: boolean().primaryKey().default(true),
  version: text().notNull(),
});
