ALTER TABLE "contact_requests" ADD COLUMN "decline_note" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "idempotency_key" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "messages_conversation_idempotency_key" ON "messages" USING btree ("conversation_id","idempotency_key");