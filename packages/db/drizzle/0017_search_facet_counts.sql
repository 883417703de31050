CREATE TABLE "search_facet_counts" (
	"given_facet" text NOT NULL,
	"given_value" text NOT NULL,
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "search_facet_counts_given_facet_given_value_facet_value_pk" PRIMARY KEY("given_facet","given_value","facet","value")
);
--> statement-breakpoint
CREATE INDEX "search_documents_valid_until_index" ON "search_documents" USING btree ("valid_until") WHERE "search_documents"."valid_until" is not null;