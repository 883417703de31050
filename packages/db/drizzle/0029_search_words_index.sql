-- A query word matches a document's folded words (`tsv`) or their stems (`stemmed`): one GIN index over both, so
-- that every word of a query is one tsquery, and the index intersects the words of two itself instead of the
-- table reading each word's documents (queries/search-conditions.ts).
DROP INDEX "search_documents_tsv_index";--> statement-breakpoint
DROP INDEX "search_documents_stemmed_index";--> statement-breakpoint
CREATE INDEX "search_documents_words_index" ON "search_documents" USING gin (("tsv" || "stemmed"));