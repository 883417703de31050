DROP INDEX "company_advisers_organization_id_index";--> statement-breakpoint
ALTER TABLE "adviser_organizations" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "adviser_organizations" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "adviser_organizations" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "adviser_organizations" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "adviser_organizations" ADD COLUMN "decision_reason" text;--> statement-breakpoint
CREATE INDEX "company_advisers_organization_id_created_at_index" ON "company_advisers" USING btree ("organization_id","created_at");