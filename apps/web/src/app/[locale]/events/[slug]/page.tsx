import { labelOf, localizedTextOf, sectors, type Locale } from "@karvon/data";
import { dateWordsOf } from "@/lib/dates/date-words";
import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventOutcomes } from "@/components/events/event-outcomes";
import { EventProgramme } from "@/components/events/event-programme";
import { EventRegistrationPanel } from "@/components/events/event-registration-panel";
import { isoDay } from "@/components/events/event-time";
import { resolveLocale } from "@/i18n/locale-param";
import { timeZoneFor } from "@/i18n/time-zone";
import { api } from "@/trpc/server";
import { TextLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

const loadEvent = cache(async (slug: string) => {
  try {
    return await (await api()).events.bySlug({ slug });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const page = await loadEvent(slug);
  if (page === null) return {};
  return { title: localizedTextOf(page.event.name, locale), description: localizedTextOf(page.event.description, locale).slice(0, 200) };
}

/** An event's public page: what, where and when, the programme, the participants and the reported outcomes. */
export default async function EventPage({ params }: Props) {
  const locale: Locale = await resolveLocale(params);
  const { slug } = await params;
  const page = await loadEvent(slug);
  if (page === null) notFound();
  const t = await getTranslations({ locale, namespace: "events" });
  const words = dateWordsOf(await getMessages({ locale }));
  const { event } = page;
  const sectorLabels = event.focusSectors.flatMap((code) => {
    const sector = sectors.find((entry) => entry.code === code);
    return sector === undefined ? [] : [labelOf(sector, locale)];
  });
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-10">
      <div>
        <p className="text-sm">
          <TextLink href="/events">{t("list.title")}</TextLink>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{localizedTextOf(event.name, locale)}</h1>
        <p className="mt-2">{t("list.when", { from: isoDay(event.startDate, words), to: isoDay(event.endDate, words), city: event.city })}</p>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t("detail.venue", { venue: event.venue, zone: t(`zones.${event.timeZone === "Asia/Baku" ? "baku" : "tashkent"}`) })}</p>
        {sectorLabels.length > 0 ? <p className="mt-1 text-sm">{t("detail.focus", { sectors: sectorLabels.join(", ") })}</p> : null}
        <p className="mt-4 max-w-3xl whitespace-pre-line">{localizedTextOf(event.description, locale)}</p>
      </div>

      <EventRegistrationPanel eventId={event.id} slug={event.slug} slots={page.slots} timeZone={event.timeZone} />

      <EventOutcomes outcomes={page.outcomes} locale={locale} />

      <EventProgramme slots={page.slots} eventTimeZone={event.timeZone} readerTimeZone={timeZoneFor(locale)} locale={locale} tables={event.tableCount} minutes={event.meetingMinutes} />

      <Section titleId="participants-title" title={t("detail.participants", { count: page.participants.length })} titleClassName="text-2xl font-semibold">
        {page.participants.length === 0 ? <p className="mt-2">{t("detail.noParticipants")}</p> : null}
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {page.participants.map((participant) => (
            <li key={participant.companyId} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
              <TextLink href={`/companies/${participant.slug}`} className="font-semibold">{participant.name}</TextLink>
              <p className="text-sm">{t(`countries.${participant.country === "AZ" ? "az" : "uz"}`)}{participant.verified ? ` · ${t("detail.verified")}` : ""}</p>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
