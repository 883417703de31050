import { localizedTextOf } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { EventDesk } from "@/components/events/event-desk";
import { resolveLocale } from "@/i18n/locale-param";
import { TextLink } from "@/components/ui/button";
import { staffEvent } from "@/server/staff-event";

type Props = { params: Promise<{ locale: string; eventId: string }> };

/** Staff: one event's registrations (approve, check in) and meetings (move, cancel, no-show). */
export default async function StaffEventPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const event = await staffEvent((await params).eventId);
  const t = await getTranslations({ locale, namespace: "events.staff" });
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{localizedTextOf(event.name, locale)}</h1>
        <p className="flex flex-wrap gap-4 text-sm">
          <TextLink href={`/events/${event.slug}`}>{t("publicPage")}</TextLink>
          <TextLink href={`/admin/events/${event.id}/edit`}>{t("editLink")}</TextLink>
        </p>
      </div>
      <EventDesk eventId={event.id} slug={event.slug} timeZone={event.timeZone} />
    </div>
  );
}
