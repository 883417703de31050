import { appRouter, createCallerFactory, meetingsCalendar } from "@karvon/api";
import { locales, localizedTextOf, type Locale } from "@karvon/data";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { createRequestContext } from "@/server/trpc-context";

const createCaller = createCallerFactory(appRouter);

type Params = { params: Promise<{ eventId: string }> };

/**
 * The agenda of one company at an event (or one meeting of it, `meeting=`) as an iCalendar file, in the event's
 * time zone with its VTIMEZONE. The events.agenda procedure checks that the caller is a member of that company.
 */
export async function GET(request: Request, { params }: Params) {
  const url = new URL(request.url);
  const { eventId } = await params;
  const locale: Locale = (locales as readonly string[]).includes(url.searchParams.get("locale") ?? "") ? (url.searchParams.get("locale") as Locale) : "en";
  try {
    const caller = createCaller(await createRequestContext(request.headers));
    const meetingId = url.searchParams.get("meeting");
    const agenda = await caller.events.agenda({
      eventId,
      companyId: url.searchParams.get("company") ?? "",
      meetingId: meetingId === null ? undefined : meetingId,
    });
    const t = await getTranslations({ locale, namespace: "events.ics" });
    const eventName = localizedTextOf(agenda.event.name, locale);
    const text = meetingsCalendar({
      name: t("calendarName", { event: eventName }),
      timeZone: agenda.event.timeZone,
      now: new Date(),
      meetings: agenda.items.map((item) => ({
        uid: `${item.meetingId}@karvon`,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        summary: t("summary", { company: item.partner.name, table: String(item.tableNo) }),
        location: `${agenda.event.venue}, ${agenda.event.city}`,
        description: t("description", { event: eventName, table: String(item.tableNo) }),
        cancelled: item.status === "cancelled",
      })),
    });
    return new Response(text, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${meetingId === null ? "agenda" : "meeting"}.ics"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = error.code === "UNAUTHORIZED" ? 401 : error.code === "FORBIDDEN" ? 403 : error.code === "NOT_FOUND" ? 404 : 400;
      return new Response(error.message, { status });
    }
    throw error;
  }
}
