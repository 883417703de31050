import { labelOf, moderationReasons, type Locale } from "@karvon/data";
import { useTranslations } from "next-intl";

/** The moderator's reasons and note when changes were requested or the profile was rejected. */
export function ReviewReasons({ reasons, note, locale }: { reasons: string[]; note: string | null; locale: Locale }) {
  const t = useTranslations("companies.dashboard");
  return (
    <div role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" data-testid="review-reasons">
      <p className="font-medium">{t("moderatorSays")}</p>
      {reasons.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {reasons.map((code) => {
            const reason = moderationReasons.find((entry) => entry.code === code);
            return <li key={code}>{reason ? labelOf(reason, locale) : code}</li>;
          })}
        </ul>
      ) : null}
      {note ? <p className="mt-2 whitespace-pre-line">{note}</p> : null}
    </div>
  );
}
