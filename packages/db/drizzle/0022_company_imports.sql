ALTER TABLE "companies" ADD COLUMN "imported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "imported_by" text;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_imported_by_user_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;