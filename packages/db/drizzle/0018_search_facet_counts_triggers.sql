-- search_facet_counts follows search_documents inside every writing transaction (statement triggers with
-- transition tables), so facet counts of browsing need not count every document (queries/search-facet-counts.ts).
-- A document contributes 1 to (given, target) for every pair of its facet values, plus the value '*' of facet '*'
-- (the document itself) on either side: ('*','*','*','*') is the number of documents.
-- The rows a statement changes are written in key order, and ('*','*','*','*') comes first in that order, so
-- every writing transaction takes that row's lock first and holds it to its commit: writers of search documents
-- queue there and never deadlock on the counters.
-- search_document_facet_pairs lists the pairs of a set of rows (sign +1 or -1); it is the only definition of what
-- is counted, used by the triggers and by the backfill below.
CREATE FUNCTION search_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    source := 'SELECT 1 AS sign, n.* FROM new_rows n';
  ELSIF TG_OP = 'DELETE' THEN
    source := 'SELECT -1 AS sign, o.* FROM old_rows o';
  ELSE
    source := 'SELECT 1 AS sign, n.* FROM new_rows n UNION ALL SELECT -1, o.* FROM old_rows o';
  END IF;
  EXECUTE format(search_facet_pairs_sql(), source);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The upsert of the pairs of the rows `%s` selects (with a leading `sign` column and search_documents' columns).
CREATE FUNCTION search_facet_pairs_sql() RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT $q$
    WITH changed AS (%s),
    vals AS (
      SELECT c.entity_id, c.sign, v.facet, v.value
      FROM changed c CROSS JOIN LATERAL (
        SELECT '*'::text AS facet, '*'::text AS value
        UNION ALL SELECT 'kind', c.kind
        UNION ALL SELECT 'country', c.country
        UNION ALL SELECT 'region', c.region WHERE c.region IS NOT NULL
        UNION ALL SELECT 'sector', s FROM unnest(c.sectors) s
        UNION ALL SELECT 'hsChapter', s FROM unnest(c.hs_chapters) s
        UNION ALL SELECT 'cooperationKind', s FROM unnest(c.cooperation_kinds) s
        UNION ALL SELECT 'sizeBand', c.size_band WHERE c.size_band IS NOT NULL
        UNION ALL SELECT 'economicZone', c.economic_zone WHERE c.economic_zone IS NOT NULL
        UNION ALL SELECT 'verified', 'true' WHERE c.verified
      ) v
    )
    INSERT INTO search_facet_counts AS f (given_facet, given_value, facet, value, count)
    SELECT g.facet, g.value, t.facet, t.value, sum(g.sign)
    FROM vals g JOIN vals t ON t.entity_id = g.entity_id AND t.sign = g.sign
    GROUP BY 1, 2, 3, 4
    ORDER BY g.facet COLLATE "C", g.value COLLATE "C", t.facet COLLATE "C", t.value COLLATE "C"
    ON CONFLICT (given_facet, given_value, facet, value) DO UPDATE SET count = f.count + excluded.count
  $q$
$f$;
--> statement-breakpoint
CREATE TRIGGER search_documents_facet_counts_insert
  AFTER INSERT ON search_documents REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER search_documents_facet_counts_update
  AFTER UPDATE ON search_documents REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER search_documents_facet_counts_delete
  AFTER DELETE ON search_documents REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply();
--> statement-breakpoint
CREATE FUNCTION search_facet_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_facet_counts;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_documents_facet_counts_truncate
  AFTER TRUNCATE ON search_documents
  FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_truncate();
--> statement-breakpoint
-- The documents written before the triggers existed.
DO $$ BEGIN EXECUTE format(search_facet_pairs_sql(), 'SELECT 1 AS sign, d.* FROM search_documents d'); END $$;
