/**
 * iCalendar (RFC 5545) files for meetings, written by hand: the `ics` package writes no VTIMEZONE, and without one
 * a calendar may read "09:00 Asia/Tashkent" as floating time. Times are the event's wall-clock with a TZID and its
 * VTIMEZONE, so a calendar in Baku shows the Tashkent meeting at the right hour of Baku.
 *
 * The VTIMEZONE carries one STANDARD rule with the zone's offset: the events' zones (Asia/Tashkent, Asia/Baku;
 * see `eventTimeZones`) have kept one offset all year since 2016, so that rule is the zone for any event date.
 */
import { zoneOffsetMinutes } from "./slots";

export type IcsMeeting = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  cancelled: boolean;
};

/** Escapes TEXT values (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (§3.1). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function utcStamp(at: Date): string {
  return `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`;
}

/** The wall-clock time of `at` in the zone, as a DATE-TIME without Z. */
function localStamp(at: Date, timeZone: string): string {
  const shifted = new Date(at.getTime() + zoneOffsetMinutes(timeZone, at) * 60_000);
  return utcStamp(shifted).slice(0, -1);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

function vtimezone(timeZone: string, at: Date): string[] {
  const offset = offsetText(zoneOffsetMinutes(timeZone, at));
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${offset.slice(0, 3)}`,
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
}

/** A calendar with the given meetings, in the event's time zone. */
export function meetingsCalendar(params: { name: string; timeZone: string; meetings: readonly IcsMeeting[]; now: Date }): string {
  const { timeZone } = params;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Karvon//Event meetings//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(params.name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...vtimezone(timeZone, params.meetings[0]?.startsAt ?? params.now),
  ];
  for (const meeting of params.meetings) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${meeting.uid}`,
      `DTSTAMP:${utcStamp(params.now)}`,
      `DTSTART;TZID=${timeZone}:${localStamp(meeting.startsAt, timeZone)}`,
      `DTEND;TZID=${timeZone}:${localStamp(meeting.endsAt, timeZone)}`,
      `SUMMARY:${escapeText(meeting.summary)}`,
      `LOCATION:${escapeText(meeting.location)}`,
      `DESCRIPTION:${escapeText(meeting.description)}`,
      `STATUS:${meeting.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
