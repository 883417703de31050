CREATE TABLE "search_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"query" text NOT NULL,
	"kind" text,
	"country" text,
	"result_count" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_log_at_index" ON "search_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "search_log_result_count_at_index" ON "search_log" USING btree ("result_count","at");