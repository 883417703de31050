/**
 * "3 days ago" in the reader's language, the same on the server and in every browser. Intl.RelativeTimeFormat is
 * not used: Chromium ships no Uzbek or Azerbaijani relative-time data and prints "-3 d". The unit and count are
 * computed here and the words come from the messages (common.relativeTime), as dates' words do.
 */
export type RelativeUnit = "justNow" | "minutes" | "hours" | "days" | "months" | "years";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** How long before `now` the moment was, in the largest whole unit (a moment in the future counts as now). */
export function relativeTimeOf(value: Date | string | number, now: Date): { unit: RelativeUnit; count: number } {
  const moment = value instanceof Date ? value : new Date(value);
  const elapsed = Math.max(0, now.getTime() - moment.getTime());
  if (elapsed < minute) return { unit: "justNow", count: 0 };
  if (elapsed < hour) return { unit: "minutes", count: Math.floor(elapsed / minute) };
  if (elapsed < day) return { unit: "hours", count: Math.floor(elapsed / hour) };
  if (elapsed < 30 * day) return { unit: "days", count: Math.floor(elapsed / day) };
  if (elapsed < 365 * day) return { unit: "months", count: Math.floor(elapsed / (30 * day)) };
  return { unit: "years", count: Math.floor(elapsed / (365 * day)) };
}
