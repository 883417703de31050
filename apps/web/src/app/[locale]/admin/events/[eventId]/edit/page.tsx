import { localizedTextOf } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { resolveLocale } from "@/i18n/locale-param";
import { TextLink } from "@/components/ui/button";
import { staffEvent } from "@/server/staff-event";

type Props = { params: Promise<{ locale: string; eventId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "events.staff" });
  return { title: t("edit"), robots: { index: false } };
}

/** Staff: the event's details in the same form that created it. */
export default async function StaffEventEditPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const event = await staffEvent((await params).eventId);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <TextLink href={`/admin/events/${event.id}`}>{localizedTextOf(event.name, locale)}</TextLink>
      </p>
      <EventForm event={event} />
    </div>
  );
}
