ALTER TABLE "appeals" ADD COLUMN "item_type" text NOT NULL;--> statement-breakpoint
ALTER TABLE "appeals" ADD COLUMN "item_id" uuid NOT NULL;