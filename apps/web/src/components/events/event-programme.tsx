import type { Locale } from "@karvon/data";
import { dateWordsOf } from "@/lib/dates/date-words";
import { getMessages, getTranslations } from "next-intl/server";
import { dayIn, timeIn, zoneCity } from "./event-time";
import { Section } from "@/components/ui/section";

type Slot = { id: string; startsAt: Date; endsAt: Date };

/** The meeting slots per day, in the event's time and, when it differs, the reader's. */
export async function EventProgramme(props: { slots: readonly Slot[]; eventTimeZone: string; readerTimeZone: string; locale: Locale; tables: number; minutes: number }) {
  const { slots, eventTimeZone, readerTimeZone, locale } = props;
  const t = await getTranslations({ locale, namespace: "events" });
  const words = dateWordsOf(await getMessages({ locale }));
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = dayIn(slot.startsAt, eventTimeZone, words);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  const both = eventTimeZone !== readerTimeZone;
  return (
    <Section titleId="programme-title" title={t("programme.title")} titleClassName="text-2xl font-semibold">
      <p className="mt-1 text-sm">{t("programme.summary", { count: slots.length, tables: props.tables, minutes: props.minutes })}</p>
      {[...days.entries()].map(([day, daySlots]) => (
        <div key={day} className="mt-3">
          <h3 className="font-semibold">{day}</h3>
          <p className="text-sm">
            {t("programme.range", {
              from: timeIn(daySlots[0]?.startsAt ?? new Date(), eventTimeZone),
              to: timeIn(daySlots[daySlots.length - 1]?.endsAt ?? new Date(), eventTimeZone),
              zone: t(`zones.${zoneCity(eventTimeZone)}`),
            })}
            {both
              ? ` · ${t("programme.range", {
                  from: timeIn(daySlots[0]?.startsAt ?? new Date(), readerTimeZone),
                  to: timeIn(daySlots[daySlots.length - 1]?.endsAt ?? new Date(), readerTimeZone),
                  zone: t(`zones.${zoneCity(readerTimeZone)}`),
                })}`
              : ""}
          </p>
        </div>
      ))}
    </Section>
  );
}
