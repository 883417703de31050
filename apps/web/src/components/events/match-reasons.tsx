"use client";
import type { MatchReason } from "@karvon/api";
import { dateWordsOf } from "@/lib/dates/date-words";
import { useFormatter, useLocale, useMessages, useTranslations } from "next-intl";
import { reasonSentence } from "../listings/reason-sentence";

/** Why the portal suggests a partner, one sentence per reason, in the reader's language. */
export function Reasons({ reasons }: { reasons: readonly MatchReason[] }) {
  const t = useTranslations("listings.reason");
  const locale = useLocale();
  const format = useFormatter();
  const formats = {
    words: dateWordsOf(useMessages()),
    usd: (value: number) => format.number(value, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }),
  };
  if (reasons.length === 0) return null;
  return (
    <ul className="text-sm text-slate-700 dark:text-slate-300" data-testid="match-reasons">
      {reasons.map((reason, index) => (
        <li key={index}>• {reasonSentence(reason, (key, values) => t(key, values), locale, formats)}</li>
      ))}
    </ul>
  );
}
