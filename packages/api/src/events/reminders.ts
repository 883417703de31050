import { localizedTextOf } from "@karvon/data";
import { claimEventReminders, getEventById, listMeetings, type Db } from "@karvon/db";
import { defaultApiConfig } from "../trpc";
import { eventReminderMail } from "./mail-templates";
import { tellCompany } from "./notices";

/** How long before an event's first slot its participants are reminded: the day before. */
const reminderWindowMs = 24 * 60 * 60 * 1000;

/**
 * The day-before reminder: each company with scheduled meetings at an event starting within a day is told once,
 * with a notice and a mail to every member. Pure of wall-clock (`now` comes from the scheduler or a fake clock);
 * safe to run twice or in parallel: each registration is claimed by a conditional UPDATE (its `reminded_at`),
 * and the mails carry dedupe keys. Returns how many mails it queued for (companies reminded).
 */
export async function processEventReminders(db: Db, now: Date, options: { publicUrl?: string } = {}): Promise<number> {
  const publicUrl = options.publicUrl ?? defaultApiConfig.publicUrl;
  return db.transaction(async (tx) => {
    const claimed = await claimEventReminders(tx, { now, within: reminderWindowMs });
    for (const registration of claimed) {
      const event = await getEventById(tx, registration.eventId);
      if (event === null) continue;
      const meetings = (await listMeetings(tx, { eventId: event.id, registrationId: registration.id })).filter((row) => row.meeting.status === "scheduled");
      const first = meetings[0];
      if (first === undefined) continue;
      await tellCompany(tx, {
        event,
        companyId: registration.companyId,
        kind: "reminder",
        partnerName: null,
        template: eventReminderMail,
        mailParams: (locale, url) => ({
          eventName: localizedTextOf(event.name, locale),
          meetings: meetings.length,
          firstStartsAt: first.slot.startsAt,
          eventTimeZone: event.timeZone,
          venue: `${event.venue}, ${event.city}`,
          url,
        }),
        dedupeKey: `event-reminder:${registration.id}`,
        publicUrl,
      });
    }
    return claimed.length;
  });
}
