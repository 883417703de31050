import { processEventReminders } from "@karvon/api";
import { listMail, schema, type Db, type DbHandle } from "@karvon/db";
import type { Locale } from "@karvon/data";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../support/databases";
import { participantCaller, personOf as person, seedEventCompany, seedEventWith, type EventPerson } from "../support/events-fixture";

const message = "We would like to discuss cotton yarn supplies for next season.";

async function speaks(db: Db, someone: EventPerson, locale: Locale) {
  await db.update(schema.user).set({ locale }).where(eq(schema.user.id, someone.userId));
}

/** The meeting mails one person received, oldest first. */
async function meetingMails(db: Db, someone: EventPerson) {
  const mails = await listMail(db, { to: `${someone.userId}@example.com` });
  return mails.filter((mail) => mail.template.startsWith("events.")).reverse();
}

describe.each(testDatabases())("meeting mails and notices on $name", (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it("tells the company asked, then both companies of the scheduled, moved and cancelled meeting, each member in their language", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Samarkand Spinning", country: "UZ", people: 2 });
    const az = await seedEventCompany(handle.db, { name: "Shirvan Weavers", country: "AZ" });
    await speaks(handle.db, person(uz, 0), "ru");
    await speaks(handle.db, person(uz, 1), "uz");
    await speaks(handle.db, person(az), "az");
    const { event, clock, staff } = await seedEventWith(handle.db, { companies: [uz, az] });
    const uzCaller = participantCaller(handle.db, person(uz), clock);
    const azCaller = participantCaller(handle.db, person(az), clock);

    const request = await azCaller.events.sendRequest({ eventId: event.id, fromCompanyId: az.id, toCompanyId: uz.id, message });
    // The asked company's members, each in their language; the asker gets nothing.
    expect((await meetingMails(handle.db, person(uz, 0))).map((mail) => [mail.template, mail.locale])).toEqual([["events.meeting-requested", "ru"]]);
    const [uzRequested] = await meetingMails(handle.db, person(uz, 1));
    expect(uzRequested).toMatchObject({ template: "events.meeting-requested", locale: "uz" });
    expect(uzRequested?.subject).toContain("Shirvan Weavers kompaniyasi");
    expect(uzRequested?.text).toContain(message);
    expect(uzRequested?.text).toContain(`https://karvon.test/uz/events/${event.slug}/meetings?company=${uz.id}`);
    expect(await meetingMails(handle.db, person(az))).toEqual([]);
    const uzNotices = await uzCaller.notification.list();
    expect(uzNotices).toMatchObject([{ kind: "event.meeting-requested", partnerName: "Shirvan Weavers", path: `/events/${event.slug}/meetings?company=${uz.id}` }]);

    await uzCaller.events.accept({ requestId: request.id });
    const [azScheduled] = await meetingMails(handle.db, person(az));
    expect(azScheduled).toMatchObject({ template: "events.meeting-scheduled", locale: "az" });
    // The event's time (Tashkent) and the reader's (Baku), the table and the agenda.
    expect(azScheduled?.text).toContain("21.05.2026, Daşkənd vaxtı ilə 09:00 (Bakı vaxtı ilə 08:00)");
    expect(azScheduled?.text).toContain("Masa № 1");
    expect(azScheduled?.text).toContain("Samarkand Spinning şirkəti");
    expect(azScheduled?.text).toContain(`https://karvon.test/az/events/${event.slug}/meetings?company=${az.id}`);
    const ruScheduled = (await meetingMails(handle.db, person(uz, 0)))[1];
    expect(ruScheduled?.text).toContain("21.05.2026, 09:00 по ташкентскому времени\nСтол № 1");
    expect(ruScheduled?.text).not.toContain("бакинскому");
    expect((await azCaller.notification.list()).map((notice) => notice.kind)).toEqual(["event.meeting-scheduled"]);

    const [meeting] = await staff.events.meetings({ eventId: event.id });
    const slots = (await staff.events.bySlug({ slug: event.slug })).slots;
    await staff.events.moveMeeting({ meetingId: meeting?.meetingId ?? "", slotId: slots[3]?.id ?? "" });
    await staff.events.cancelMeeting({ meetingId: meeting?.meetingId ?? "" });
    for (const someone of [person(uz, 0), person(uz, 1), person(az)]) {
      expect((await meetingMails(handle.db, someone)).map((mail) => mail.template).slice(-2)).toEqual(["events.meeting-moved", "events.meeting-cancelled"]);
    }
    const [azMoved] = (await meetingMails(handle.db, person(az))).filter((mail) => mail.template === "events.meeting-moved");
    expect(azMoved?.text).toContain("Daşkənd vaxtı ilə 10:30 (Bakı vaxtı ilə 09:30)");
    expect((await uzCaller.notification.list()).map((notice) => notice.kind)).toEqual([
      "event.meeting-cancelled",
      "event.meeting-moved",
      "event.meeting-scheduled",
      "event.meeting-requested",
    ]);
  });

  it("tells only the person who asked when a request is declined", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Namangan Threads", country: "UZ" });
    const az = await seedEventCompany(handle.db, { name: "Lankaran Cloth", country: "AZ", people: 2 });
    await speaks(handle.db, person(az, 1), "ru");
    const { event, clock } = await seedEventWith(handle.db, { companies: [uz, az] });
    const request = await participantCaller(handle.db, person(az, 1), clock).events.sendRequest({ eventId: event.id, fromCompanyId: az.id, toCompanyId: uz.id, message });
    await participantCaller(handle.db, person(uz), clock).events.decline({ requestId: request.id });
    const [declined] = await meetingMails(handle.db, person(az, 1));
    expect(declined).toMatchObject({ template: "events.meeting-declined", locale: "ru" });
    expect(declined?.subject).toBe("Компания Namangan Threads отклонила ваш запрос на встречу");
    expect(await meetingMails(handle.db, person(az, 0))).toEqual([]);
    expect((await participantCaller(handle.db, person(az, 0), clock).notification.list()).map((notice) => notice.kind)).toEqual(["event.meeting-declined"]);
  });

  it("reminds each company with meetings once, the day before, however often the job runs", async () => {
    const uz = await seedEventCompany(handle.db, { name: "Khiva Carpets", country: "UZ", people: 2 });
    const az = await seedEventCompany(handle.db, { name: "Sheki Silk", country: "AZ" });
    const idle = await seedEventCompany(handle.db, { name: "Idle Trader", country: "AZ" });
    await speaks(handle.db, person(uz, 1), "uz");
    const { event, clock } = await seedEventWith(handle.db, { companies: [uz, az, idle] });
    const request = await participantCaller(handle.db, person(az), clock).events.sendRequest({ eventId: event.id, fromCompanyId: az.id, toCompanyId: uz.id, message });
    await participantCaller(handle.db, person(uz), clock).events.accept({ requestId: request.id });

    // Two days before the first slot (21 May, 09:00 Tashkent): too early.
    expect(await processEventReminders(handle.db, new Date("2026-05-19T04:00:00Z"), { publicUrl: "https://karvon.test" })).toBe(0);
    const dayBefore = new Date("2026-05-20T06:00:00Z");
    const runs = await Promise.all([
      processEventReminders(handle.db, dayBefore, { publicUrl: "https://karvon.test" }),
      processEventReminders(handle.db, dayBefore, { publicUrl: "https://karvon.test" }),
    ]);
    const again = await processEventReminders(handle.db, new Date("2026-05-20T06:15:00Z"), { publicUrl: "https://karvon.test" });
    expect(runs.reduce((sum, run) => sum + run, 0) + again).toBe(2);

    for (const someone of [person(uz, 0), person(uz, 1), person(az)]) {
      expect((await meetingMails(handle.db, someone)).filter((mail) => mail.template === "events.reminder")).toHaveLength(1);
    }
    const [uzReminder] = (await meetingMails(handle.db, person(uz, 1))).filter((mail) => mail.template === "events.reminder");
    expect(uzReminder?.locale).toBe("uz");
    expect(uzReminder?.text).toContain("Kompaniyangizning 1 ta uchrashuvi bor; birinchisi — 21.05.2026, Toshkent vaqti bilan 09:00.");
    expect(await meetingMails(handle.db, person(idle))).toEqual([]);
    const uzNotices = await participantCaller(handle.db, person(uz), clock).notification.list();
    expect(uzNotices.filter((notice) => notice.kind === "event.reminder")).toHaveLength(1);
  });
});
