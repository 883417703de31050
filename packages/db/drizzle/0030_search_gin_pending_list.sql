-- Every search through a GIN index reads its whole pending list of unmerged entries, up to 4 MB by default. Search
-- documents are written a few at a time with large tsvectors (about a page each), so the list is merged by the
-- write that brings it past 128 kB (schema/search.ts). Setting the limit rebuilds nothing.
ALTER INDEX "search_documents_words_index" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "search_documents_own_tsv_index" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "search_documents_sectors_index" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "search_documents_hs_chapters_index" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "search_documents_cooperation_kinds_index" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "search_words_word_trgm_index" SET (gin_pending_list_limit = 128);
