import { readFileSync } from "node:fs";
import path from "node:path";
import { countryByCode, labelOf, locales, nationalImports, searchCountLimit, type Locale } from "@karvon/data";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { reasonSentence } from "../components/listings/reason-sentence";
import { dateWordsOf } from "../lib/dates/date-words";
import { formatDate, type DateStyle } from "../lib/dates/format-date";
import { formatPeriod } from "../lib/trade-format";
import { namespaces } from "./messages";

const messagesDir = path.resolve(import.meta.dirname, "../../messages");
type Tree = { [key: string]: string | Tree };

function load(locale: Locale): Record<string, Tree> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, JSON.parse(readFileSync(path.join(messagesDir, locale, `${namespace}.json`), "utf8")) as Tree]));
}

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
}

const someDay = new Date(Date.UTC(2026, 11, 6, 9, 30));

describe.each([...locales])("sentences in %s", (locale) => {
  const messages = load(locale);
  // Keys are checked at run time here: the catalogues are read from disk, so their types are not known.
  const t = createTranslator({ locale, messages, timeZone: "Asia/Tashkent" }) as unknown as {
    (key: string, values?: Record<string, string | number>): string;
    markup: (key: string, values: Record<string, string | ((chunks: string) => string)>) => string;
  };

  it("never ends a sentence with a full stop right after a date that ends with one (Russian “г.”)", () => {
    const doubled: string[] = [];
    for (const style of ["medium", "long"] as const) {
      const date = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "Asia/Tashkent" }).format(someDay);
      for (const [key, text] of Object.values(messages).flatMap((tree, index) => flatten(tree, `${namespaces[index]}.`))) {
        if (/\{date\}/.test(text) && text.replace(/\{date\}/g, date).includes("..")) doubled.push(key);
      }
    }
    expect(doubled).toEqual([]);
  });

  it("names the company that opened a conversation, or says it was your own, without gluing the two", () => {
    const theirs = t("contact.thread.opening", { sender: "other", company: "Bakı Tekstil" });
    const mine = t("contact.thread.opening", { sender: "mine", company: "Bakı Tekstil" });
    expect(theirs).toContain("Bakı Tekstil");
    expect(mine).not.toContain("Bakı Tekstil");
    expect(mine).not.toBe(theirs);
  });

  it("names the listing a request is about", () => {
    const text = t.markup("contact.inbox.aboutListing", { title: "Cotton yarn Ne 30/1", link: (chunks) => `[${chunks}]` });
    expect(text).toContain("[Cotton yarn Ne 30/1]");
  });

  it("puts the month of “on Karvon since” in the case the sentence needs", () => {
    const since: Record<Locale, string> = {
      en: "On Karvon since December 2026",
      ru: "На Karvon с декабря 2026 года",
      uz: "2026-yil dekabridan beri Karvonʼda",
      az: "dekabr 2026 tarixindən Karvon-da",
    };
    const words = dateWordsOf(messages);
    const print = (style: DateStyle) => formatDate(someDay, style, words, "Asia/Tashkent").replace(/\u00a0/g, " ");
    expect(t("companies.profile.memberSince", { date: print("monthYear"), month: print("monthNumber"), year: print("year") })).toBe(since[locale]);
  });

  it("starts the part-year sentence with a capital and keeps the months inside it in lower case", () => {
    const period = formatPeriod(dateWordsOf(messages), { from: "2025-01-01", to: "2025-09-30" });
    const text = t("cooperation.latestPartial", { period, value: "$319M" });
    expect(text.charAt(0)).toBe(text.charAt(0).toLocaleUpperCase(locale));
    if (locale !== "en") expect(text).toContain(period.toLocaleLowerCase(locale));
  });

  it("says whether a national import figure counts imports from all countries or from third countries", () => {
    const origins: Record<Locale, { "all-countries": string; "excluding-partner": string }> = {
      en: { "all-countries": "from all countries", "excluding-partner": "from third countries" },
      ru: { "all-countries": "из всех стран", "excluding-partner": "из третьих стран" },
      uz: { "all-countries": "barcha mamlakatlardan", "excluding-partner": "uchinchi mamlakatlardan" },
      az: { "all-countries": "bütün ölkələrdən", "excluding-partner": "üçüncü ölkələrdən" },
    };
    const medicines = nationalImports.find((figure) => figure.code === "uz-medicines-2025");
    if (medicines === undefined) throw new Error("the published figure for Uzbekistan's medicine imports is missing");
    const uzbekistan = countryByCode("UZ");
    if (uzbekistan === undefined) throw new Error("Uzbekistan is missing from the countries");
    const formats = { words: dateWordsOf(messages), usd: (value: number) => `$${value / 1e9}B` };
    for (const kind of ["all-countries", "excluding-partner"] as const) {
      const other = kind === "all-countries" ? "excluding-partner" : "all-countries";
      const reason = { ...medicines, code: "national-imports", origins: kind } as const;
      const sentence = reasonSentence(reason, (key, values) => t(`listings.reason.${key}`, values), locale, formats);
      const line = t(`cooperation.opportunities.nationalImports.${kind}`, { product: labelOf({ labels: medicines.product }, locale), value: "$2B", period: "2025" });
      for (const text of [sentence, line]) {
        expect(text.toLocaleLowerCase(locale)).toContain(origins[locale][kind]);
        expect(text.toLocaleLowerCase(locale)).not.toContain(origins[locale][other]);
        expect(text).toContain(medicines.product[locale]);
        expect(text).toContain("$2B");
      }
      expect(sentence).toContain(labelOf(uzbekistan, locale));
    }
  });

  it("says only that a search found more than it counts, with the limit as a number of the reader's language", () => {
    const over: Record<Locale, { results: string; resultsFor: string }> = {
      en: { results: "More than 1,000 results", resultsFor: "More than 1,000 results for “paxta”" },
      ru: { results: "Более 1\u00a0000 результатов", resultsFor: "Более 1\u00a0000 результатов по запросу «paxta»" },
      uz: { results: "1\u00a0000 tadan ortiq natija", resultsFor: "“paxta” boʻyicha 1\u00a0000 tadan ortiq natija" },
      az: { results: "1.000 nəticədən çox", resultsFor: "“paxta” üzrə 1.000 nəticədən çox" },
    };
    expect(searchCountLimit).toBe(1000);
    expect(t("search.resultsOverLimit", { limit: searchCountLimit })).toBe(over[locale].results);
    expect(t("search.resultsOverLimitFor", { limit: searchCountLimit, query: "paxta" })).toBe(over[locale].resultsFor);
    expect(t("search.countsNote", { limit: searchCountLimit })).toContain(new Intl.NumberFormat(locale).format(searchCountLimit));
    // After «более» Russian puts the number in the genitive: “более 21 результата”, “более 3 результатов”.
    if (locale === "ru") {
      expect(t("search.resultsOverLimit", { limit: 21 })).toBe("Более 21 результата");
      expect(t("search.resultsOverLimit", { limit: 3 })).toBe("Более 3 результатов");
    }
  });

  it("counts chosen items in words", () => {
    expect(t("common.form.chosenCount", { count: 2 })).toMatch(/^\D*2\D+$|^\D+2\D*$/);
  });
});
