-- Keeps search_documents' heap rows narrow: the two tsvectors, the texts and the display record (most of a row)
-- move to TOAST, while the facet arrays stay in the row (STORAGE MAIN). Counting facets and reading the page
-- then touch a fifth of the pages they did (570 MB → 126 MB at 100,000 companies); ranking still reads the
-- tsvectors of the documents it ranks. Rows written before this migration keep their layout until rewritten.
ALTER TABLE search_documents SET (toast_tuple_target = 128);
--> statement-breakpoint
ALTER TABLE search_documents ALTER COLUMN sectors SET STORAGE MAIN, ALTER COLUMN hs_chapters SET STORAGE MAIN,
  ALTER COLUMN cooperation_kinds SET STORAGE MAIN;
