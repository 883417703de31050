/**
 * Telling companies about their meetings: one in-portal notice for the company and one mail to each member, in
 * the member's language, with a dedupe key (a retried change mails nobody twice). Runs inside the caller's
 * transaction, so a change that rolls back tells no one.
 */
import { localizedTextOf, type Locale } from "@karvon/data";
import {
  insertNotification,
  listCompanyMailRecipients,
  listMeetings,
  listSenderMailRecipients,
  type Db,
  type EventRow,
  type MailRecipient,
  type MeetingRequestRow,
  type MeetingRow,
} from "@karvon/db";
import { companyNameOf, portalLink } from "../contact/parties";
import { queueMail, type MailTemplate } from "../mail";
import {
  meetingCancelledMail,
  meetingDeclinedMail,
  meetingMovedMail,
  meetingRequestedMail,
  meetingScheduledMail,
} from "./mail-templates";

/** The kinds of event notices (`event.<kind>`), as the notices page words them. */
export type EventNoticeKind = "meeting-requested" | "meeting-scheduled" | "meeting-declined" | "meeting-moved" | "meeting-cancelled" | "reminder";

/** The company's meeting desk at the event (its agenda comes first on that page). */
export function meetingDeskPath(event: Pick<EventRow, "slug">, companyId: string): string {
  return `/events/${event.slug}/meetings?company=${encodeURIComponent(companyId)}`;
}

export function meetingDeskLink(publicUrl: string, locale: Locale, event: Pick<EventRow, "slug">, companyId: string): string {
  return portalLink(publicUrl, locale, meetingDeskPath(event, companyId));
}

/** One notice for the company, and one mail to each of `recipients` (default: every member). */
export async function tellCompany<P>(
  db: Db,
  params: {
    event: EventRow;
    companyId: string;
    kind: EventNoticeKind;
    partnerName: string | null;
    template: MailTemplate<P>;
    mailParams: (locale: Locale, url: string) => P;
    dedupeKey: string;
    publicUrl: string;
    recipients?: MailRecipient[];
  },
): Promise<void> {
  const { event, companyId } = params;
  await insertNotification(db, {
    companyId,
    kind: `event.${params.kind}`,
    params: { title: event.name, itemType: "event", itemId: event.id, partnerName: params.partnerName, path: meetingDeskPath(event, companyId) },
  });
  for (const person of params.recipients ?? (await listCompanyMailRecipients(db, companyId))) {
    await queueMail(db, {
      to: person.email,
      locale: person.locale,
      template: params.template,
      params: params.mailParams(person.locale, meetingDeskLink(params.publicUrl, person.locale, event, companyId)),
      dedupeKey: `${params.dedupeKey}:${person.userId}`,
    });
  }
}

type Side = { id: string; legalName: string };

/**
 * A request asked (told to the company asked) or declined (told to the person who asked, or to all of their company
 * once they left it). `partner` is the other company: the asker, or the one that declined.
 */
export async function noticeMeetingRequest(
  db: Db,
  params: { event: EventRow; request: MeetingRequestRow; answer: "asked" | "declined"; companyId: string; partner: Side; publicUrl: string },
): Promise<void> {
  const { event, request } = params;
  const partnerName = companyNameOf(params.partner);
  const declined = params.answer === "declined";
  await tellCompany(db, {
    event,
    companyId: params.companyId,
    kind: declined ? "meeting-declined" : "meeting-requested",
    partnerName,
    template: declined ? meetingDeclinedMail : meetingRequestedMail,
    mailParams: (locale, url) => ({ partnerName, eventName: localizedTextOf(event.name, locale), message: request.message, url }),
    dedupeKey: `event-${params.answer}:${request.id}`,
    publicUrl: params.publicUrl,
    recipients: declined ? await listSenderMailRecipients(db, { companyId: params.companyId, userId: request.senderUserId }) : undefined,
  });
}

/** What changed about a placed meeting: both companies are told, each about the other. */
export type MeetingChange = "scheduled" | "moved" | "cancelled";

/** Tells both companies of a meeting that it was scheduled, moved or cancelled. */
export async function noticeMeetingChange(
  db: Db,
  params: { event: EventRow; meeting: MeetingRow; registrationId: string; change: MeetingChange; publicUrl: string },
): Promise<void> {
  const { event, meeting, change } = params;
  const row = (await listMeetings(db, { eventId: event.id, registrationId: params.registrationId })).find((item) => item.meeting.id === meeting.id);
  if (row === undefined) return;
  const venue = `${event.venue}, ${event.city}`;
  // A meeting may move more than once: each placement is told once.
  const dedupeKey = change === "moved" ? `event-moved:${meeting.id}:${meeting.slotId}:${meeting.tableNo}:${meeting.updatedAt.getTime()}` : `event-${change}:${meeting.id}`;
  for (const [company, partner] of [
    [row.fromCompany, row.toCompany],
    [row.toCompany, row.fromCompany],
  ] as const) {
    const partnerName = companyNameOf(partner);
    const placed = (locale: Locale, url: string) => ({
      partnerName,
      eventName: localizedTextOf(event.name, locale),
      startsAt: row.slot.startsAt,
      eventTimeZone: event.timeZone,
      tableNo: meeting.tableNo,
      venue,
      url,
    });
    const common = { event, companyId: company.id, partnerName, dedupeKey: `${dedupeKey}:${company.id}`, publicUrl: params.publicUrl };
    if (change === "cancelled") {
      await tellCompany(db, { ...common, kind: "meeting-cancelled", template: meetingCancelledMail, mailParams: placed });
    } else {
      await tellCompany(db, { ...common, kind: `meeting-${change}`, template: change === "moved" ? meetingMovedMail : meetingScheduledMail, mailParams: placed });
    }
  }
}
