CREATE TABLE "adviser_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"inviter_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "adviser_invitations" ADD CONSTRAINT "adviser_invitations_organization_id_adviser_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."adviser_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviser_invitations" ADD CONSTRAINT "adviser_invitations_inviter_id_user_id_fk" FOREIGN KEY ("inviter_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adviser_invitations_organization_id_created_at_index" ON "adviser_invitations" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "adviser_invitations_inviter_id_created_at_index" ON "adviser_invitations" USING btree ("inviter_id","created_at");