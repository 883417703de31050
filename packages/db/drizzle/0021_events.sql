CREATE TYPE "public"."event_registration_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."meeting_outcome" AS ENUM('no-fit', 'follow-up', 'contract');--> statement-breakpoint
CREATE TYPE "public"."meeting_request_status" AS ENUM('pending', 'accepted', 'declined', 'unschedulable', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('scheduled', 'cancelled', 'no-show');--> statement-breakpoint
CREATE TABLE "event_availability" (
	"registration_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	CONSTRAINT "event_availability_registration_id_slot_id_pk" PRIMARY KEY("registration_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "event_meeting_outcomes" (
	"meeting_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"outcome" "meeting_outcome" NOT NULL,
	"value_usd" bigint,
	"hs_chapters" text[] DEFAULT '{}' NOT NULL,
	"reported_by" text,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_meeting_outcomes_meeting_id_registration_id_pk" PRIMARY KEY("meeting_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "event_meeting_participants" (
	"meeting_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	CONSTRAINT "event_meeting_participants_meeting_id_registration_id_pk" PRIMARY KEY("meeting_id","registration_id"),
	CONSTRAINT "event_meeting_participants_one_per_slot" UNIQUE("slot_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "event_meeting_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"from_registration_id" uuid NOT NULL,
	"to_registration_id" uuid NOT NULL,
	"sender_user_id" text,
	"message" text NOT NULL,
	"status" "meeting_request_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "event_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"table_no" integer NOT NULL,
	"status" "meeting_status" DEFAULT 'scheduled' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_meetings_requestId_unique" UNIQUE("request_id"),
	CONSTRAINT "event_meetings_id_slot" UNIQUE("id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"status" "event_registration_status" DEFAULT 'pending' NOT NULL,
	"attendee_ids" text[] DEFAULT '{}' NOT NULL,
	"listing_ids" uuid[] DEFAULT '{}' NOT NULL,
	"checked_in_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_registrations_event_company" UNIQUE("event_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "event_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_slots_event_start" UNIQUE("event_id","starts_at")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"city" text NOT NULL,
	"venue" text NOT NULL,
	"time_zone" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"day_start" text NOT NULL,
	"day_end" text NOT NULL,
	"meeting_minutes" integer NOT NULL,
	"breaks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"table_count" integer NOT NULL,
	"registration_opens_at" timestamp with time zone NOT NULL,
	"registration_closes_at" timestamp with time zone NOT NULL,
	"focus_sectors" text[] DEFAULT '{}' NOT NULL,
	"request_limit" integer DEFAULT 20 NOT NULL,
	"auto_approve_verified" boolean DEFAULT true NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "event_availability" ADD CONSTRAINT "event_availability_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_availability" ADD CONSTRAINT "event_availability_slot_id_event_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."event_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_outcomes" ADD CONSTRAINT "event_meeting_outcomes_meeting_id_event_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."event_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_outcomes" ADD CONSTRAINT "event_meeting_outcomes_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_outcomes" ADD CONSTRAINT "event_meeting_outcomes_reported_by_user_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_participants" ADD CONSTRAINT "event_meeting_participants_meeting_slot" FOREIGN KEY ("meeting_id","slot_id") REFERENCES "public"."event_meetings"("id","slot_id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "event_meeting_participants" ADD CONSTRAINT "event_meeting_participants_available" FOREIGN KEY ("registration_id","slot_id") REFERENCES "public"."event_availability"("registration_id","slot_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "event_meeting_requests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "event_meeting_requests_from_registration_id_event_registrations_id_fk" FOREIGN KEY ("from_registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "event_meeting_requests_to_registration_id_event_registrations_id_fk" FOREIGN KEY ("to_registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "event_meeting_requests_sender_user_id_user_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_request_id_event_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."event_meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_slot_id_event_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."event_slots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_slots" ADD CONSTRAINT "event_slots_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_meeting_requests_open_pair" ON "event_meeting_requests" USING btree ("from_registration_id","to_registration_id") WHERE "event_meeting_requests"."status" in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "event_meeting_requests_to_registration_id_status_index" ON "event_meeting_requests" USING btree ("to_registration_id","status");--> statement-breakpoint
CREATE INDEX "event_meeting_requests_from_registration_id_index" ON "event_meeting_requests" USING btree ("from_registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_meetings_table_in_slot" ON "event_meetings" USING btree ("slot_id","table_no") WHERE "event_meetings"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "event_meetings_event_id_index" ON "event_meetings" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_registrations_event_id_status_index" ON "event_registrations" USING btree ("event_id","status");