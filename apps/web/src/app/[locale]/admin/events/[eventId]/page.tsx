import { localizedTextOf, uuidSchema } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventDesk } from "@/components/events/event-desk";
import { resolveLocale } from "@/i18n/locale-param";
import { api } from "@/trpc/server";
import { TextLink } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string; eventId: string }> };

/** Staff: one event's registrations (approve, check in) and meetings (move, cancel, no-show). */
export default async function StaffEventPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { eventId } = await params;
  if (!uuidSchema.safeParse(eventId).success) notFound();
  const caller = await api();
  const event = (await caller.events.staffList()).find((row) => row.id === eventId);
  if (event === undefined) notFound();
  const t = await getTranslations({ locale, namespace: "events.staff" });
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{localizedTextOf(event.name, locale)}</h1>
        <p className="text-sm">
          <TextLink href={`/events/${event.slug}`}>{t("publicPage")}</TextLink>
        </p>
      </div>
      <EventDesk eventId={event.id} slug={event.slug} timeZone={event.timeZone} />
    </div>
  );
}
