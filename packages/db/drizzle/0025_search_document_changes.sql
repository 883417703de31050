CREATE TABLE "search_document_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_document_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"generation" bigint,
	"txid" bigint NOT NULL,
	"entity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"country" text NOT NULL,
	"region" text,
	"sectors" text[] NOT NULL,
	"hs_chapters" text[] NOT NULL,
	"cooperation_kinds" text[] NOT NULL,
	"size_band" text,
	"economic_zone" text,
	"verified" boolean NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"tsv" "tsvector" NOT NULL,
	"own_tsv" "tsvector" NOT NULL,
	"stemmed" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_generation" ADD COLUMN "pruned_through" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "search_document_changes_generation_index" ON "search_document_changes" USING btree ("generation");--> statement-breakpoint
CREATE INDEX "search_document_changes_unstamped_index" ON "search_document_changes" USING btree ("txid") WHERE "search_document_changes"."generation" is null;--> statement-breakpoint
-- Every version of a search document a transaction writes (the old and the new of an update, the new of an
-- insert, the old of a delete) is kept in search_document_changes, so a result cached under an older generation
-- can be checked against what changed since instead of being computed again (queries/search.ts). An update that
-- rewrites a row unchanged (an upsert of the same document) records nothing. A transaction that writes more than
-- 1,000 versions (a bulk import, the start-up rewrite of every document; an update's unchanged rows count here)
-- keeps none: its commit marks every older generation as beyond checking (search_generation.pruned_through), as a
-- TRUNCATE does.
-- Statement triggers with transition tables, like the facet counters of migration 0018. Each also clears the
-- "bumped" mark, so the deferred bump below runs at commit even if SET CONSTRAINTS … IMMEDIATE fired it before
-- this statement: every recorded row gets the generation its transaction commits as.
CREATE FUNCTION search_document_changes_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tx text := txid_current()::text;
  written text := current_setting('karvon.search_changes_written', true);
  so_far bigint := 0;
  source text;
  versions text;
  incoming bigint;
  recorded bigint;
BEGIN
  PERFORM set_config('karvon.search_generation_bumped', '', true);
  IF split_part(coalesce(written, ''), ':', 1) = tx THEN
    so_far := split_part(written, ':', 2)::bigint;
  END IF;
  -- -1: this transaction wrote too many versions to keep.
  IF so_far < 0 THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    source := 'SELECT n.* FROM new_rows n';
    versions := 'SELECT 1 FROM new_rows';
  ELSIF TG_OP = 'DELETE' THEN
    source := 'SELECT o.* FROM old_rows o';
    versions := 'SELECT 1 FROM old_rows';
  ELSE
    versions := 'SELECT 1 FROM old_rows UNION ALL SELECT 1 FROM new_rows';
    source := 'SELECT o.* FROM old_rows o
                 WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id AND (n.*) IS NOT DISTINCT FROM (o.*))
               UNION ALL
               SELECT n.* FROM new_rows n
                 WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id AND (o.*) IS NOT DISTINCT FROM (n.*))';
  END IF;
  -- Counted before copying (an update's unchanged rows included): a bulk write copies nothing.
  EXECUTE format('SELECT count(*) FROM (%s) v', versions) INTO incoming;
  IF so_far + incoming > 1000 THEN
    DELETE FROM search_document_changes WHERE generation IS NULL AND txid = txid_current();
    PERFORM set_config('karvon.search_changes_written', tx || ':-1', true);
    RETURN NULL;
  END IF;
  EXECUTE format(
    'INSERT INTO search_document_changes (txid, entity_id, kind, country, region, sectors, hs_chapters,
       cooperation_kinds, size_band, economic_zone, verified, published_at, valid_until, tsv, own_tsv, stemmed)
     SELECT txid_current(), c.entity_id, c.kind, c.country, c.region, c.sectors, c.hs_chapters, c.cooperation_kinds,
       c.size_band, c.economic_zone, c.verified, c.published_at, c.valid_until, c.tsv, c.own_tsv, c.stemmed
     FROM (%s) c', source);
  GET DIAGNOSTICS recorded = ROW_COUNT;
  PERFORM set_config('karvon.search_changes_written', tx || ':' || (so_far + recorded), true);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- One trigger per event (a trigger with transition tables takes one event): search_documents_changes_insert,
-- _update and _delete.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('insert', 'INSERT', 'NEW TABLE AS new_rows'),
    ('update', 'UPDATE', 'NEW TABLE AS new_rows OLD TABLE AS old_rows'),
    ('delete', 'DELETE', 'OLD TABLE AS old_rows')) AS v(name, event, tables)
  LOOP
    EXECUTE format('CREATE TRIGGER search_documents_changes_%s AFTER %s ON search_documents REFERENCING %s
      FOR EACH STATEMENT EXECUTE FUNCTION search_document_changes_record()', t.name, t.event, t.tables);
  END LOOP;
END $$;
--> statement-breakpoint
-- The bump of migration 0011, which runs at commit once per transaction (and at once for a TRUNCATE), now also
-- stamps the transaction's changes with the new generation and prunes the changes of all but the last 2,000
-- generations. It locks search_generation before drawing the value, so generations are drawn in the order their
-- transactions commit: a reader that sees generation G sees every change stamped G or lower, and no other.
CREATE OR REPLACE FUNCTION search_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tx text := txid_current()::text;
  next_generation bigint;
  pruned bigint;
BEGIN
  IF TG_OP <> 'TRUNCATE' AND current_setting('karvon.search_generation_bumped', true) IS NOT DISTINCT FROM tx THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('karvon.search_generation_bumped', tx, true);
  PERFORM 1 FROM search_generation FOR UPDATE;
  next_generation := nextval('search_generation_seq');
  UPDATE search_document_changes SET generation = next_generation WHERE generation IS NULL AND txid = txid_current();
  UPDATE search_generation
    SET generation = next_generation,
        pruned_through = greatest(
          pruned_through,
          CASE
            WHEN TG_OP = 'TRUNCATE' OR current_setting('karvon.search_changes_written', true) = tx || ':-1' THEN next_generation
            ELSE next_generation - 2000
          END)
    RETURNING pruned_through INTO pruned;
  DELETE FROM search_document_changes WHERE generation <= pruned;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- No change was recorded for the generations before this migration.
UPDATE search_generation SET pruned_through = generation;
