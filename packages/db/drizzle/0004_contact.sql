CREATE TYPE "public"."contact_request_status" AS ENUM('pending', 'accepted', 'declined', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TABLE "contact_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sender_company_id" uuid NOT NULL,
	"sender_user_id" text,
	"recipient_company_id" uuid NOT NULL,
	"listing_id" uuid,
	"about_listing_id" uuid,
	"purpose" text NOT NULL,
	"message" text NOT NULL,
	"status" "contact_request_status" DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"idempotency_key" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_reads" (
	"conversation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"company_id" uuid NOT NULL,
	"last_read_at" timestamp with time zone,
	"last_mailed_at" timestamp with time zone,
	CONSTRAINT "conversation_reads_conversation_id_user_id_pk" PRIMARY KEY("conversation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"company_a" uuid NOT NULL,
	"company_b" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_requestId_unique" UNIQUE("request_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"sender_company_id" uuid NOT NULL,
	"sender_user_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_key" text NOT NULL,
	"original_moderator_id" text,
	"author_id" text NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decision_note" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appeals_subjectKey_unique" UNIQUE("subject_key")
);
--> statement-breakpoint
CREATE TABLE "moderation_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_type" text NOT NULL,
	"item_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"decision" text NOT NULL,
	"reasons" text[] DEFAULT '{}' NOT NULL,
	"note" text,
	"moderator_id" text,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid,
	"user_id" text,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reporter_id" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'open' NOT NULL,
	"action" text,
	"resolution_reasons" text[] DEFAULT '{}' NOT NULL,
	"resolution" text,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_type" text NOT NULL,
	"item_id" uuid NOT NULL,
	"moderator_id" text NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_countries" (
	"user_id" text NOT NULL,
	"country" text NOT NULL,
	CONSTRAINT "staff_countries_user_id_country_pk" PRIMARY KEY("user_id","country")
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" "review_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"published" jsonb,
	"published_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"review_reasons" text[] DEFAULT '{}' NOT NULL,
	"review_note" text,
	"created_by" text,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"hs_chapters" text[] DEFAULT '{}' NOT NULL,
	"cooperation_kinds" text[] DEFAULT '{}' NOT NULL,
	"direction" text,
	"target_country" text,
	"imports_from" text[] DEFAULT '{}' NOT NULL,
	"valid_until" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"expired_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"country" text NOT NULL,
	"region" text,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"hs_chapters" text[] DEFAULT '{}' NOT NULL,
	"cooperation_kinds" text[] DEFAULT '{}' NOT NULL,
	"size_band" text,
	"economic_zone" text,
	"verified" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"display" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"folded" text NOT NULL,
	"body" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "folded")) STORED NOT NULL,
	"stemmed" "tsvector" GENERATED ALWAYS AS (to_tsvector('russian'::regconfig, "body") || to_tsvector('english'::regconfig, "body")) STORED NOT NULL,
	CONSTRAINT "search_documents_entityId_unique" UNIQUE("entity_id")
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"query" jsonb NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"last_notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_searches_unsubscribeToken_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "review_reasons" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_sender_company_id_companies_id_fk" FOREIGN KEY ("sender_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_sender_user_id_user_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_recipient_company_id_companies_id_fk" FOREIGN KEY ("recipient_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_reads" ADD CONSTRAINT "conversation_reads_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_reads" ADD CONSTRAINT "conversation_reads_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_reads" ADD CONSTRAINT "conversation_reads_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_request_id_contact_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."contact_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_company_a_companies_id_fk" FOREIGN KEY ("company_a") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_company_b_companies_id_fk" FOREIGN KEY ("company_b") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_company_id_companies_id_fk" FOREIGN KEY ("sender_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_user_id_user_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_moderator_id_user_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_user_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_resolved_by_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_claims" ADD CONSTRAINT "review_claims_moderator_id_user_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_countries" ADD CONSTRAINT "staff_countries_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_requests_sender_idempotency_key" ON "contact_requests" USING btree ("sender_company_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_requests_open_per_listing" ON "contact_requests" USING btree ("sender_company_id","listing_id") WHERE "contact_requests"."status" = 'pending' and "contact_requests"."listing_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_requests_open_per_company" ON "contact_requests" USING btree ("sender_company_id","recipient_company_id") WHERE "contact_requests"."status" = 'pending' and "contact_requests"."listing_id" is null;--> statement-breakpoint
CREATE INDEX "contact_requests_recipient_company_id_status_index" ON "contact_requests" USING btree ("recipient_company_id","status");--> statement-breakpoint
CREATE INDEX "contact_requests_sender_company_id_created_at_index" ON "contact_requests" USING btree ("sender_company_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_requests_status_created_at_index" ON "contact_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "conversation_reads_user_id_index" ON "conversation_reads" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "conversations_company_a_last_message_at_index" ON "conversations" USING btree ("company_a","last_message_at");--> statement-breakpoint
CREATE INDEX "conversations_company_b_last_message_at_index" ON "conversations" USING btree ("company_b","last_message_at");--> statement-breakpoint
CREATE INDEX "messages_conversation_id_created_at_index" ON "messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "appeals_status_created_at_index" ON "appeals" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "appeals_company_id_index" ON "appeals" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "moderation_decisions_item_type_item_id_version_index" ON "moderation_decisions" USING btree ("item_type","item_id","version");--> statement-breakpoint
CREATE INDEX "moderation_decisions_company_id_decided_at_index" ON "moderation_decisions" USING btree ("company_id","decided_at");--> statement-breakpoint
CREATE INDEX "moderation_decisions_decided_at_index" ON "moderation_decisions" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "notifications_company_id_created_at_index" ON "notifications" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_id_created_at_index" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_one_open_per_reporter_target" ON "reports" USING btree ("reporter_id","target_type","target_id") WHERE "reports"."status" = 'open';--> statement-breakpoint
CREATE INDEX "reports_status_created_at_index" ON "reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "reports_target_type_target_id_index" ON "reports" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_claims_item_type_item_id_index" ON "review_claims" USING btree ("item_type","item_id");--> statement-breakpoint
CREATE INDEX "review_claims_moderator_id_index" ON "review_claims" USING btree ("moderator_id");--> statement-breakpoint
CREATE INDEX "listings_company_id_index" ON "listings" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "listings_status_index" ON "listings" USING btree ("status");--> statement-breakpoint
CREATE INDEX "listings_valid_until_index" ON "listings" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "listings_hs_chapters_index" ON "listings" USING gin ("hs_chapters");--> statement-breakpoint
CREATE INDEX "listings_sectors_index" ON "listings" USING gin ("sectors");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_index" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_stemmed_index" ON "search_documents" USING gin ("stemmed");--> statement-breakpoint
CREATE INDEX "search_documents_sectors_index" ON "search_documents" USING gin ("sectors");--> statement-breakpoint
CREATE INDEX "search_documents_hs_chapters_index" ON "search_documents" USING gin ("hs_chapters");--> statement-breakpoint
CREATE INDEX "search_documents_cooperation_kinds_index" ON "search_documents" USING gin ("cooperation_kinds");--> statement-breakpoint
CREATE INDEX "search_documents_kind_country_index" ON "search_documents" USING btree ("kind","country");--> statement-breakpoint
CREATE INDEX "search_documents_published_at_index" ON "search_documents" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "search_documents_company_id_index" ON "search_documents" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "search_words_word_trgm_index" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "saved_searches_user_id_index" ON "saved_searches" USING btree ("user_id");