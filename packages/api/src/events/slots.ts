/**
 * An event's day plan (wall-clock times in its time zone) turned into meeting slots (instants). Pure functions,
 * so the conversion from Tashkent or Baku time is unit-tested without a database.
 */
import { minutesOfDay, type EventBreak } from "@karvon/data";

export type DayPlan = {
  startDate: string;
  endDate: string;
  dayStart: string;
  dayEnd: string;
  meetingMinutes: number;
  breaks: readonly EventBreak[];
  timeZone: string;
};

export type Slot = { startsAt: Date; endsAt: Date };

/** The offset of `timeZone` from UTC at `at`, in minutes (Asia/Tashkent: 300, Asia/Baku: 240). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(value("year"), value("month") - 1, value("day"), value("hour"), value("minute"), value("second"));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which the clocks of `timeZone` show `minutes` after midnight of `date` (YYYY-MM-DD). */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const wallAsUtc = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const first = wallAsUtc - zoneOffsetMinutes(timeZone, new Date(wallAsUtc)) * 60_000;
  // Once more with the offset at the found instant, in case a transition lies between the two.
  return new Date(wallAsUtc - zoneOffsetMinutes(timeZone, new Date(first)) * 60_000);
}

/** The event's days, first to last (YYYY-MM-DD). */
export function eventDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${startDate}T00:00:00Z`); at <= Date.parse(`${endDate}T00:00:00Z`); at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

/** Back-to-back slots of `meetingMinutes` from `dayStart` to `dayEnd` each day; a slot never overlaps a break. */
export function buildSlots(plan: DayPlan): Slot[] {
  const breaks = plan.breaks
    .map((entry) => ({ start: minutesOfDay(entry.start), end: minutesOfDay(entry.end) }))
    .sort((a, b) => a.start - b.start);
  const dayEnd = minutesOfDay(plan.dayEnd);
  const slots: Slot[] = [];
  for (const day of eventDays(plan.startDate, plan.endDate)) {
    let start = minutesOfDay(plan.dayStart);
    while (start + plan.meetingMinutes <= dayEnd) {
      const end = start + plan.meetingMinutes;
      const clash = breaks.find((entry) => start < entry.end && end > entry.start);
      if (clash !== undefined) {
        start = clash.end;
        continue;
      }
      slots.push({ startsAt: zonedInstant(day, start, plan.timeZone), endsAt: zonedInstant(day, end, plan.timeZone) });
      start = end;
    }
  }
  return slots;
}
