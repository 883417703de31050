ALTER TABLE "contact_requests" DROP CONSTRAINT "contact_requests_sender_company_id_companies_id_fk";
--> statement-breakpoint
ALTER TABLE "contact_requests" DROP CONSTRAINT "contact_requests_recipient_company_id_companies_id_fk";
--> statement-breakpoint
ALTER TABLE "conversations" DROP CONSTRAINT "conversations_company_a_companies_id_fk";
--> statement-breakpoint
ALTER TABLE "conversations" DROP CONSTRAINT "conversations_company_b_companies_id_fk";
--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT "messages_sender_company_id_companies_id_fk";
--> statement-breakpoint
DROP INDEX "companies_country_tax_id_index";--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "company_logos" ADD COLUMN "published_mime_type" text;--> statement-breakpoint
ALTER TABLE "company_logos" ADD COLUMN "published_data" "bytea";--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_sender_company_id_companies_id_fk" FOREIGN KEY ("sender_company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_recipient_company_id_companies_id_fk" FOREIGN KEY ("recipient_company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_company_a_companies_id_fk" FOREIGN KEY ("company_a") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_company_b_companies_id_fk" FOREIGN KEY ("company_b") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_company_id_companies_id_fk" FOREIGN KEY ("sender_company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "companies_published_tax_id" ON "companies" USING btree ("country","tax_id") WHERE "companies"."published" is not null and "companies"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "companies_country_tax_id_index" ON "companies" USING btree ("country","tax_id");--> statement-breakpoint
-- Logos of published companies were public until now: they become the approved logos.
UPDATE "company_logos" SET "published_mime_type" = "mime_type", "published_data" = "data"
WHERE "company_id" IN (SELECT "id" FROM "companies" WHERE "published" IS NOT NULL);
