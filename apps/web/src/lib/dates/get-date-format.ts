import type { Locale } from "@karvon/data";
import { getMessages, getTimeZone } from "next-intl/server";
import { dateWordsOf } from "./date-words";
import { formatDate, type DateStyle } from "./format-date";

/** In a server component: the same printer as useDateFormat, so a date reads alike wherever it is rendered. */
export async function getDateFormat(locale: Locale): Promise<(value: Date | string | number, style: DateStyle) => string> {
  const [messages, timeZone] = await Promise.all([getMessages({ locale }), getTimeZone({ locale })]);
  const words = dateWordsOf(messages);
  return (value, style) => formatDate(value, style, words, timeZone);
}
