CREATE TABLE "search_text_version" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "name_folded" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "search_documents" drop column "tsv";--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "folded"), 'A') || setweight(to_tsvector('simple'::regconfig, "name_folded"), 'B') || setweight(to_tsvector('simple'::regconfig, "concepts"), 'D')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "own_tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "folded"), 'A') || setweight(to_tsvector('simple'::regconfig, "name_folded"), 'B')) STORED NOT NULL;