import { locales, type Locale } from "@karvon/data";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { relativeTimeOf } from "./relative-time";

const now = new Date("2026-12-06T09:00:00Z");
const before = (milliseconds: number) => new Date(now.getTime() - milliseconds);
const hours = (count: number) => count * 3_600_000;

describe("relativeTimeOf", () => {
  it("takes the largest whole unit", () => {
    expect(relativeTimeOf(before(30_000), now)).toEqual({ unit: "justNow", count: 0 });
    expect(relativeTimeOf(before(5 * 60_000), now)).toEqual({ unit: "minutes", count: 5 });
    expect(relativeTimeOf(before(hours(23)), now)).toEqual({ unit: "hours", count: 23 });
    expect(relativeTimeOf(before(hours(24 * 3 + 5)), now)).toEqual({ unit: "days", count: 3 });
    expect(relativeTimeOf(before(hours(24 * 65)), now)).toEqual({ unit: "months", count: 2 });
    expect(relativeTimeOf(before(hours(24 * 800)), now).unit).toBe("years");
  });

  it("reads a moment in the future (clock skew) as now", () => {
    expect(relativeTimeOf(new Date(now.getTime() + 5_000), now).unit).toBe("justNow");
  });
});

const threeDaysAgo: Record<Locale, string> = { en: "3 days ago", ru: "3 дня назад", uz: "3 kun oldin", az: "3 gün əvvəl" };
const fiveMinutesAgo: Record<Locale, string> = { en: "5 minutes ago", ru: "5 минут назад", uz: "5 daqiqa oldin", az: "5 dəqiqə əvvəl" };

describe.each(locales)("relative times in %s", (locale) => {
  it("read as the language writes them, never as “-3 d”", async () => {
    // The catalogue is read at run time, so its keys are not known to the type checker.
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "common.relativeTime" }) as unknown as (key: string, values: { count: number }) => string;
    const say = (moment: Date) => {
      const { unit, count } = relativeTimeOf(moment, now);
      return t(unit, { count });
    };
    expect(say(before(hours(72)))).toBe(threeDaysAgo[locale]);
    expect(say(before(5 * 60_000))).toBe(fiveMinutesAgo[locale]);
  });
});
