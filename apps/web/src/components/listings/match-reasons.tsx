import type { Locale } from "@karvon/data";
import type { MatchReason } from "@karvon/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDateWords } from "@/lib/dates/get-date-format";
import { reasonSentence } from "./reason-sentence";

/** Each reason of a match as a sentence in the reader's language ("They seek Aluminium — HS 76, which you offer"). */
export async function MatchReasons({ reasons, locale }: { reasons: readonly MatchReason[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "listings.reason" });
  const format = await getFormatter({ locale });
  const formats = {
    words: await getDateWords(locale),
    usd: (value: number) => format.number(value, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }),
  };
  return (
    <ul className="flex flex-col gap-1 text-sm text-slate-700 dark:text-slate-300" data-testid="match-reasons">
      {reasons.map((reason, index) => (
        <li key={index} className="flex gap-2">
          <span aria-hidden className="text-brand-600">•</span>
          <span>{reasonSentence(reason, (key, values) => t(key, values), locale, formats)}</span>
        </li>
      ))}
    </ul>
  );
}
