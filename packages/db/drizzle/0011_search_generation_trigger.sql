-- search_generation changes whenever a transaction that wrote search_documents commits, so facet counts cached
-- under one generation are known to be exact while it is current (queries/generation-cache.ts).
-- Values come from a sequence: never reused, even when a transaction that drew one rolls back.
CREATE SEQUENCE search_generation_seq;
--> statement-breakpoint
INSERT INTO search_generation (id, generation) VALUES (true, nextval('search_generation_seq'));
--> statement-breakpoint
-- Runs at commit (a deferred constraint trigger), once per transaction: the row lock on search_generation is
-- then the transaction's last lock, held for an instant, so writers cannot deadlock on it.
CREATE FUNCTION search_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('karvon.search_generation_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('karvon.search_generation_bumped', txid_current()::text, true);
    UPDATE search_generation SET generation = nextval('search_generation_seq');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER search_documents_generation
  AFTER INSERT OR UPDATE OR DELETE ON search_documents
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION search_generation_bump();
--> statement-breakpoint
CREATE TRIGGER search_documents_generation_truncate
  AFTER TRUNCATE ON search_documents
  FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump();
