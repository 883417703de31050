/** A participant's agenda: its meetings in time order with the partner, the table and why they were matched. */
import { localizedTextOf, type Locale } from "@karvon/data";
import type { Db, EventRow } from "@karvon/db";
import { companyNameOf } from "../contact/parties";
import { meetingsWithOutcomes } from "./meetings";
import { reasonsWith } from "./participants";
import type { IcsMeeting } from "./ics";

export async function agendaOf(db: Db, params: { event: EventRow; registrationId: string; companyId: string }) {
  const rows = await meetingsWithOutcomes(db, { eventId: params.event.id, registrationId: params.registrationId });
  const partnerOf = (row: (typeof rows)[number]) => (row.fromCompany.id === params.companyId ? row.toCompany : row.fromCompany);
  const reasons = await reasonsWith(db, { companyId: params.companyId, otherCompanyIds: rows.map((row) => partnerOf(row).id) });
  return rows.map((row) => {
    const partner = partnerOf(row);
    return {
      meetingId: row.meeting.id,
      status: row.meeting.status,
      tableNo: row.meeting.tableNo,
      startsAt: row.slot.startsAt,
      endsAt: row.slot.endsAt,
      requestedByUs: row.fromCompany.id === params.companyId,
      partner: { id: partner.id, slug: partner.slug, name: companyNameOf(partner), country: partner.country },
      reasons: reasons.get(partner.id) ?? [],
      ownOutcome: row.outcomes.find((outcome) => outcome.registrationId === params.registrationId) ?? null,
    };
  });
}

export type AgendaItem = Awaited<ReturnType<typeof agendaOf>>[number];

/** Calendar entries for agenda items; the labels come from the caller (already in the reader's language). */
export function icsMeetings(params: {
  event: EventRow;
  items: readonly AgendaItem[];
  locale: Locale;
  summary: (item: AgendaItem) => string;
  url: string;
}): IcsMeeting[] {
  const eventName = localizedTextOf(params.event.name, params.locale);
  return params.items.map((item) => ({
    uid: `${item.meetingId}@karvon`,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    summary: params.summary(item),
    location: `${params.event.venue}, ${params.event.city}`,
    description: `${eventName}\n${params.url}`,
    cancelled: item.status === "cancelled",
  }));
}
