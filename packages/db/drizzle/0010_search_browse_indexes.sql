CREATE TABLE "search_generation" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
DROP INDEX "search_documents_published_at_index";--> statement-breakpoint
CREATE INDEX "search_documents_published_at_entity_id_index" ON "search_documents" USING btree ("published_at" DESC NULLS FIRST,"entity_id");--> statement-breakpoint
CREATE INDEX "search_documents_verified_published_at_entity_id_index" ON "search_documents" USING btree ("verified","published_at" DESC NULLS FIRST,"entity_id");