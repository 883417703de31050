import { localizedTextOf } from "@karvon/data";
import { dateWordsOf } from "@/lib/dates/date-words";
import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { isoDay } from "@/components/events/event-time";
import { resolveLocale } from "@/i18n/locale-param";
import { api } from "@/trpc/server";
import { TextLink } from "@/components/ui/button";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "events" });
  return { title: t("list.title") };
}

/** Published events: the coming ones first, then the past ones. */
export default async function EventsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "events" });
  const events = await (await api()).events.list();
  const words = dateWordsOf(await getMessages({ locale }));
  const now = new Date();
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-10">
      <div>
        <h1 className="text-3xl font-bold">{t("list.title")}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{t("list.intro")}</p>
      </div>
      {events.length === 0 ? <p>{t("list.empty")}</p> : null}
      <ul className="flex flex-col gap-4">
        {events.map((event) => {
          const open = event.registrationOpensAt <= now && now < event.registrationClosesAt;
          const past = event.endDate < now.toISOString().slice(0, 10);
          return (
            <li key={event.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h2 className="text-xl font-semibold">
                <TextLink href={`/events/${event.slug}`}>
                  {localizedTextOf(event.name, locale)}
                </TextLink>
              </h2>
              <p className="mt-1 text-sm">
                {t("list.when", { from: isoDay(event.startDate, words), to: isoDay(event.endDate, words), city: event.city })}
              </p>
              <p className="mt-1 text-sm font-medium">{past ? t("status.past") : open ? t("status.open") : t("status.closed")}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
