import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { meetingsCalendar } from "./ics";

const now = new Date("2026-05-01T08:00:00Z");

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

describe("meeting calendars", () => {
  it.each([
    ["Asia/Tashkent", "2026-05-21T04:00:00.000Z", "090000"],
    ["Asia/Baku", "2026-05-21T05:00:00.000Z", "090000"],
  ])("a real parser reads the meeting at the right instant in %s", (timeZone, instant, wallClock) => {
    const startsAt = new Date(instant);
    const text = meetingsCalendar({
      name: "Forum; agenda, day 1",
      timeZone,
      now,
      meetings: [
        {
          uid: "meeting-1@karvon",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 30 * 60_000),
          summary: "Meeting: Qoʻqon Ipak Fabrikasi — Şəki İpək, table 12",
          location: "Guba Olympic Centre, Quba",
          description: "They seek what you offer — HS 50.\nSelf-reported outcomes are welcome.",
          cancelled: false,
        },
      ],
    });
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toContain(`DTSTART;TZID=${timeZone}:20260521T${wallClock}`);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const [event] = parse(text);
    expect(event?.startDate.toJSDate().toISOString()).toBe(instant);
    expect(event?.endDate.toJSDate().getTime()).toBe(startsAt.getTime() + 30 * 60_000);
    expect(event?.summary).toBe("Meeting: Qoʻqon Ipak Fabrikasi — Şəki İpək, table 12");
    expect(event?.description).toContain("\n");
  });
});
