import { byCode, labelOf, moderationReasons, type Locale, type ModeratedItemType } from "@karvon/data";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { AppealPanel } from "../appeals/appeal-panel";

/**
 * For the members of a suspended company or a hidden listing: that it is out of search, the moderators' reasons
 * and note, and what to do — in the words of the notice they were sent — with the one appeal the notice offers.
 */
export function EnforcementNotice({
  headline,
  action,
  reasons,
  note,
  appealOf,
}: {
  headline: string;
  action: "suspend" | "hide";
  reasons: readonly string[];
  note: string | null;
  /** The suspended company or hidden listing, which its owner may appeal. */
  appealOf: { itemType: ModeratedItemType; itemId: string };
}) {
  const t = useTranslations("notifications");
  const locale = useLocale() as Locale;
  return (
    <div role="note" className="flex flex-col gap-1 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" data-testid={`enforcement-${action}`}>
      <p className="font-semibold">{headline}</p>
      {reasons.length > 0 ? (
        <div>
          <p className="font-medium">{t("reasons")}:</p>
          <ul className="list-disc pl-5">
            {reasons.map((code) => {
              const reason = byCode(moderationReasons, code);
              return <li key={code}>{reason === undefined ? code : labelOf(reason, locale)}</li>;
            })}
          </ul>
        </div>
      ) : null}
      {note !== null ? (
        <p>
          <span className="font-medium">{t("note")}:</span> <span className="wrap-anywhere">{note}</span>
        </p>
      ) : null}
      <p>
        <span className="font-medium">{t("whatToDo")}:</span> {t(`todo.${action}`)}
      </p>
      <Link href="/notifications" className="inline-flex min-h-11 w-fit items-center font-semibold underline">
        {t("title")}
      </Link>
      <AppealPanel itemType={appealOf.itemType} itemId={appealOf.itemId} />
    </div>
  );
}
