import { useMessages, useTimeZone } from "next-intl";
import { useMemo } from "react";
import { dateWordsOf } from "./date-words";
import { formatDate, type DateStyle } from "./format-date";

/** In a client component: a date printer in the reader's language and the portal's time zone. */
export function useDateFormat(): (value: Date | string | number, style: DateStyle) => string {
  const messages = useMessages();
  const timeZone = useTimeZone();
  return useMemo(() => {
    const words = dateWordsOf(messages);
    return (value, style) => formatDate(value, style, words, timeZone ?? "UTC");
  }, [messages, timeZone]);
}
