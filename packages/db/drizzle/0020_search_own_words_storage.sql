-- tsv was dropped and added again with the company name's words (weight B): its GIN index went with it.
CREATE INDEX "search_documents_tsv_index" ON "search_documents" USING gin ("tsv");
--> statement-breakpoint
-- own_tsv stays in the row (compressed if need be) despite toast_tuple_target = 128 (migration 0012): ranking reads
-- it for every match, and reading it from TOAST cost several buffer reads a document (the profile in
-- docs/performance.md).
ALTER TABLE search_documents ALTER COLUMN own_tsv SET STORAGE MAIN;
