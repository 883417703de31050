-- Own text (folded) weighs A, concept words (labels and synonyms of the classification) weigh D. The column
-- "concepts" must exist before "tsv" is generated from it; dropping "tsv" dropped its GIN index, recreated here.
ALTER TABLE "search_documents" ADD COLUMN "concepts" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "search_documents" drop column "tsv";--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "folded"), 'A') || setweight(to_tsvector('simple'::regconfig, "concepts"), 'D')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "search_documents_tsv_index" ON "search_documents" USING gin ("tsv");