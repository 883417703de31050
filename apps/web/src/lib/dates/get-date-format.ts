import type { Locale } from "@karvon/data";
import { getMessages, getTimeZone } from "next-intl/server";
import { dateWordsOf } from "./date-words";
import { formatDate, type DateStyle, type DateWords } from "./format-date";

/** In a server component: the words of dates in the reader's language (common.dates). */
export async function getDateWords(locale: Locale): Promise<DateWords> {
  return dateWordsOf(await getMessages({ locale }));
}

/** In a server component: the same printer as useDateFormat, so a date reads alike wherever it is rendered. */
export async function getDateFormat(locale: Locale): Promise<(value: Date | string | number, style: DateStyle) => string> {
  const [words, timeZone] = await Promise.all([getDateWords(locale), getTimeZone({ locale })]);
  return (value, style) => formatDate(value, style, words, timeZone);
}
