CREATE TYPE "public"."adviser_organization_kind" AS ENUM('chamber', 'agency', 'fez-administration', 'trade-house');--> statement-breakpoint
CREATE TYPE "public"."adviser_organization_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."company_adviser_status" AS ENUM('awaiting', 'confirmed', 'withdrawn');--> statement-breakpoint
CREATE TABLE "adviser_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "adviser_organization_kind" NOT NULL,
	"country" text NOT NULL,
	"status" "adviser_organization_status" DEFAULT 'pending' NOT NULL,
	"created_by" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advisers" (
	"organization_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisers_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "company_advisers" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" "company_adviser_status" DEFAULT 'awaiting' NOT NULL,
	"consent_email" text NOT NULL,
	"consent_token_hash" text NOT NULL,
	"added_by" text,
	"confirmed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_advisers_consentTokenHash_unique" UNIQUE("consent_token_hash")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "imported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "imported_by" text;--> statement-breakpoint
ALTER TABLE "adviser_organizations" ADD CONSTRAINT "adviser_organizations_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviser_organizations" ADD CONSTRAINT "adviser_organizations_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisers" ADD CONSTRAINT "advisers_organization_id_adviser_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."adviser_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisers" ADD CONSTRAINT "advisers_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_advisers" ADD CONSTRAINT "company_advisers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_advisers" ADD CONSTRAINT "company_advisers_organization_id_adviser_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."adviser_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_advisers" ADD CONSTRAINT "company_advisers_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advisers_user_id_index" ON "advisers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "company_advisers_organization_id_index" ON "company_advisers" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_imported_by_user_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;