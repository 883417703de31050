import type { Messages } from "@/i18n/messages";
import type { DateWords } from "./format-date";

const keys = ["date", "longDate", "dateTime", "time", "monthYear", "monthsShort", "monthsLong", "monthsStandalone"] as const;

/** The date words (common.dates) out of a locale's messages; a missing word fails loudly, as a missing message would. */
export function dateWordsOf(messages: Messages): DateWords {
  const common = messages.common as Record<string, unknown> | undefined;
  const dates = common?.dates as Record<string, unknown> | undefined;
  const words: Partial<DateWords> = {};
  for (const key of keys) {
    const word = dates?.[key];
    if (typeof word !== "string") throw new Error(`messages lack common.dates.${key}`);
    words[key] = word;
  }
  return words as DateWords;
}
