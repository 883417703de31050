import { localizedTextOf } from "@karvon/data";
import { dateWordsOf } from "@/lib/dates/date-words";
import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { isoDay } from "@/components/events/event-time";
import { resolveLocale } from "@/i18n/locale-param";
import { api } from "@/trpc/server";
import { TextLink } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "events.staff" });
  return { title: t("title"), robots: { index: false } };
}

/** Staff: every event (published or not) and the form to create one. */
export default async function StaffEventsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "events.staff" });
  const events = await (await api()).events.staffList();
  const words = dateWordsOf(await getMessages({ locale }));
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="staff-events-title">
        <h1 id="staff-events-title" className="text-2xl font-bold">{t("title")}</h1>
        <ul className="mt-3 flex flex-col gap-2">
          {events.map((event) => (
            <li key={event.id}>
              <TextLink href={`/admin/events/${event.id}`} className="font-semibold">{localizedTextOf(event.name, locale)}</TextLink>
              <span className="text-sm"> · {isoDay(event.startDate, words)} · {event.city} · {event.publishedAt === null ? t("draft") : t("published")}</span>
            </li>
          ))}
        </ul>
      </section>
      <EventForm />
    </div>
  );
}
