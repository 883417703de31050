import { localizedTextOf, type AdviserActivity, type Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { getDateFormat } from "@/lib/dates/get-date-format";

/**
 * What an organisation of advisers did in a company's name, newest first: what, when (in the portal's time zone),
 * which adviser, and a link to the listing's or the company's page while it is public. The consent page and the
 * members' page show the same list.
 */
export async function AdviserActivityList({ activity, locale }: { activity: AdviserActivity; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "advisers.activity" });
  const format = await getDateFormat(locale);
  const more = activity.total - activity.entries.length;
  return (
    <Section titleId="adviser-activity-title" title={t("title", { organization: activity.organizationName })} titleClassName="text-lg font-semibold" className="flex flex-col gap-3" data-testid="adviser-activity">
      {activity.entries.length === 0 ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("empty")}</p> : null}
      <ol className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
        {activity.entries.map((entry) => (
          <li key={entry.id} className="flex flex-col gap-1 py-3" data-testid="adviser-activity-entry">
            <span className="font-medium">
              {entry.listingTitle === null ? t(`actions.${entry.action}`) : t("actions.listingTitled", { title: localizedTextOf(entry.listingTitle, locale) })}
            </span>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {entry.adviserName === null
                ? t("byFormerAdviser", { when: format(entry.at, "dateTime") })
                : t("byAdviser", { when: format(entry.at, "dateTime"), name: entry.adviserName })}
            </span>
            {entry.link === null ? null : (
              <TextLink href={entry.link.kind === "listing" ? `/listings/${entry.link.id}` : `/companies/${entry.link.slug}`} className="w-fit text-sm">
                {entry.link.kind === "listing" ? t("openListing") : t("openCompany")}
              </TextLink>
            )}
          </li>
        ))}
      </ol>
      {more > 0 ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("more", { count: more })}</p> : null}
    </Section>
  );
}
