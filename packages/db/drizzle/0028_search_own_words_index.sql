-- The documents with a query word in their own text (title, description, company name): a page of one word is first
-- looked for among them, as a common word's other matches, found only through the classification, rank
-- below them all (queries/search-page.ts).
CREATE INDEX "search_documents_own_tsv_index" ON "search_documents" USING gin ("own_tsv");
