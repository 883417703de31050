-- The versions kept so far do not say which is the old and which the new: they are dropped, and every older
-- generation is marked beyond checking (a cached result computed before this migration is computed again).
DELETE FROM "search_document_changes";--> statement-breakpoint
UPDATE "search_generation" SET "pruned_through" = "generation";--> statement-breakpoint
ALTER TABLE "search_document_changes" ADD COLUMN "is_new" boolean NOT NULL;--> statement-breakpoint
-- As in migration 0025, now recording whether each version is the old or the new of its write, the old rows of a
-- statement first: the first version of a document after a generation is then what it was at that generation
-- (an old row), or says it did not exist then (a new row). A result cached under an older generation can so be
-- brought up to date with the versions written since instead of being computed again (queries/search-result-cache.ts).
CREATE OR REPLACE FUNCTION search_document_changes_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tx text := txid_current()::text;
  written text := current_setting('karvon.search_changes_written', true);
  so_far bigint := 0;
  old_source text;
  new_source text;
  versions text;
  incoming bigint;
  recorded bigint;
  copied bigint := 0;
  part record;
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
    new_source := 'SELECT n.* FROM new_rows n';
    versions := 'SELECT 1 FROM new_rows';
  ELSIF TG_OP = 'DELETE' THEN
    old_source := 'SELECT o.* FROM old_rows o';
    versions := 'SELECT 1 FROM old_rows';
  ELSE
    versions := 'SELECT 1 FROM old_rows UNION ALL SELECT 1 FROM new_rows';
    old_source := 'SELECT o.* FROM old_rows o
                     WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id AND (n.*) IS NOT DISTINCT FROM (o.*))';
    new_source := 'SELECT n.* FROM new_rows n
                     WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id AND (o.*) IS NOT DISTINCT FROM (n.*))';
  END IF;
  -- Counted before copying (an update's unchanged rows included): a bulk write copies nothing.
  EXECUTE format('SELECT count(*) FROM (%s) v', versions) INTO incoming;
  IF so_far + incoming > 1000 THEN
    DELETE FROM search_document_changes WHERE generation IS NULL AND txid = txid_current();
    PERFORM set_config('karvon.search_changes_written', tx || ':-1', true);
    RETURN NULL;
  END IF;
  -- One statement per part, the old rows first: the identity column orders them as they happened.
  FOR part IN SELECT * FROM unnest(ARRAY[old_source, new_source], ARRAY[false, true]) AS p(source, is_new) LOOP
    CONTINUE WHEN part.source IS NULL;
    EXECUTE format(
      'INSERT INTO search_document_changes (txid, entity_id, is_new, kind, country, region, sectors, hs_chapters,
         cooperation_kinds, size_band, economic_zone, verified, published_at, valid_until, tsv, own_tsv, stemmed)
       SELECT txid_current(), c.entity_id, %L::boolean, c.kind, c.country, c.region, c.sectors, c.hs_chapters,
         c.cooperation_kinds, c.size_band, c.economic_zone, c.verified, c.published_at, c.valid_until, c.tsv,
         c.own_tsv, c.stemmed
       FROM (%s) c', part.is_new, part.source);
    GET DIAGNOSTICS recorded = ROW_COUNT;
    copied := copied + recorded;
  END LOOP;
  PERFORM set_config('karvon.search_changes_written', tx || ':' || (so_far + copied), true);
  RETURN NULL;
END;
$$;
