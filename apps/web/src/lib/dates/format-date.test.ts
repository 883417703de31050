import { locales, type Locale } from "@karvon/data";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { timeZoneFor } from "@/i18n/time-zone";
import { dateWordsOf } from "./date-words";
import { formatDate, type DateStyle } from "./format-date";

// 09:05 UTC on 6 December 2026: 14:05 in Tashkent, 13:05 in Baku.
const moment = new Date("2026-12-06T09:05:00Z");

const expected: Record<Locale, Record<DateStyle, string>> = {
  en: { date: "Dec 6, 2026", longDate: "December 6, 2026", dateTime: "Dec 6, 2026, 14:05", time: "14:05", monthYear: "December 2026" },
  ru: { date: "6 дек. 2026", longDate: "6 декабря 2026", dateTime: "6 дек. 2026, 14:05", time: "14:05", monthYear: "декабрь 2026" },
  uz: { date: "6-dek, 2026", longDate: "6-dekabr, 2026", dateTime: "6-dek, 2026, 14:05", time: "14:05", monthYear: "dekabr, 2026" },
  az: { date: "6 dek 2026", longDate: "6 dekabr 2026", dateTime: "6 dek 2026, 13:05", time: "13:05", monthYear: "dekabr 2026" },
};

/** The printed text with its no-break spaces shown as plain ones, to compare with what a reader sees. */
const spaced = (text: string) => text.replace(/\u00a0/g, " ");

describe.each(locales)("dates in %s", (locale) => {
  it.each(Object.keys(expected[locale]) as DateStyle[])("%s reads as the language writes it, in the locale's time zone", async (style) => {
    const words = dateWordsOf(await loadMessages(locale));
    expect(spaced(formatDate(moment, style, words, timeZoneFor(locale)))).toBe(expected[locale][style]);
  });

  it("prints every month by its own name", async () => {
    const words = dateWordsOf(await loadMessages(locale));
    const names = Array.from({ length: 12 }, (_, month) => formatDate(new Date(Date.UTC(2026, month, 15, 6)), "longDate", words, "UTC"));
    expect(new Set(names).size).toBe(12);
    expect(names.every((name) => !name.includes(" ")), "a date may break across lines").toBe(true);
    expect(names.every((name) => !/\bM\d|\d{4} \d/.test(name))).toBe(true);
  });
});

describe("formatDate", () => {
  it("takes ISO strings and epoch milliseconds as well as dates", async () => {
    const words = dateWordsOf(await loadMessages("az"));
    expect(spaced(formatDate(moment.toISOString(), "longDate", words, "Asia/Baku"))).toBe("6 dekabr 2026");
    expect(spaced(formatDate(moment.getTime(), "longDate", words, "Asia/Baku"))).toBe("6 dekabr 2026");
  });

  it("counts the day in the time zone, not in UTC", async () => {
    const words = dateWordsOf(await loadMessages("uz"));
    // 20:30 UTC on 31 December is already 1 January in Tashkent.
    expect(spaced(formatDate(new Date("2026-12-31T20:30:00Z"), "dateTime", words, "Asia/Tashkent"))).toBe("1-yan, 2027, 01:30");
  });

  it("prints nothing for an invalid date rather than throwing", async () => {
    const words = dateWordsOf(await loadMessages("ru"));
    expect(formatDate("not a date", "date", words, "Asia/Tashkent")).toBe("");
  });
});
