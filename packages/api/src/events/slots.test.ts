import { describe, expect, it } from "vitest";
import { buildSlots, zonedInstant, zoneOffsetMinutes } from "./slots";

describe("event slots", () => {
  it("knows Tashkent is UTC+5 and Baku UTC+4", () => {
    expect(zoneOffsetMinutes("Asia/Tashkent", new Date("2026-05-21T12:00:00Z"))).toBe(300);
    expect(zoneOffsetMinutes("Asia/Baku", new Date("2026-05-21T12:00:00Z"))).toBe(240);
    expect(zonedInstant("2026-05-21", 9 * 60, "Asia/Tashkent").toISOString()).toBe("2026-05-21T04:00:00.000Z");
    expect(zonedInstant("2026-05-21", 9 * 60, "Asia/Baku").toISOString()).toBe("2026-05-21T05:00:00.000Z");
  });

  it("fills each day with back-to-back meetings around the breaks", () => {
    const slots = buildSlots({
      startDate: "2026-05-21",
      endDate: "2026-05-22",
      dayStart: "10:00",
      dayEnd: "13:00",
      meetingMinutes: 30,
      breaks: [{ start: "11:15", end: "11:45" }],
      timeZone: "Asia/Baku",
    });
    const firstDay = slots.slice(0, 4).map((slot) => slot.startsAt.toISOString().slice(11, 16));
    // 10:00, 10:30, (11:00 would run into the break), 11:45, 12:15 — in Baku time, UTC+4.
    expect(firstDay).toEqual(["06:00", "06:30", "07:45", "08:15"]);
    expect(slots).toHaveLength(8);
    expect(slots[4]?.startsAt.toISOString()).toBe("2026-05-22T06:00:00.000Z");
  });
});
