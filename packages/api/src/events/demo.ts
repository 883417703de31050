/**
 * Demo events for the embedded portal: the second Interregional Forum (Quba, its real date and place from
 * @karvon/data) with B2B meetings between demo companies and their reported outcomes, and a demo meetings day a few
 * weeks ahead, open for registration. The meetings, outcomes and the coming day are demo data, and say so.
 */
import { interregionalForums } from "@karvon/data";
import {
  getCompanyById,
  insertMeetingRequest,
  listCompanyPeople,
  listEventSlots,
  moveRequestStatus,
  setAvailability,
  upsertOutcome,
  upsertRegistration,
  listEventParticipants,
  type Db,
  type EventRow,
} from "@karvon/db";
import { createEvent } from "./event-admin";
import { suggestMeetings } from "./participants";
import { scheduleMeeting } from "./scheduling";

const day = 86_400_000;
/** Declared values of the demo contracts, US dollars (demo figures, not statistics). */
const demoContractValues = [180_000, 420_000, 95_000, 1_250_000];

async function registerAll(db: Db, event: EventRow, companyIds: readonly string[], at: Date): Promise<Map<string, string>> {
  const slotIds = (await listEventSlots(db, event.id)).map((slot) => slot.id);
  const registrations = new Map<string, string>();
  for (const companyId of companyIds) {
    const people = await listCompanyPeople(db, companyId);
    const registration = await upsertRegistration(db, { eventId: event.id, companyId, attendeeIds: people.slice(0, 1).map((person) => person.userId), listingIds: [], status: "approved", at });
    await setAvailability(db, registration.id, slotIds);
    registrations.set(companyId, registration.id);
  }
  return registrations;
}

/** Requests along the matchmaking's suggestions, each company asking its best matches. */
async function requestSuggested(db: Db, event: EventRow, registrations: Map<string, string>, at: Date, perCompany: number) {
  const requests = [];
  const participants = await listEventParticipants(db, { eventId: event.id, publicOnly: true });
  for (const [companyId, registrationId] of registrations) {
    const suggestions = await suggestMeetings(db, { eventId: event.id, companyId, listingIds: [], limit: perCompany, participants });
    for (const suggestion of suggestions) {
      const target = registrations.get(suggestion.company.companyId);
      if (target === undefined) continue;
      const request = await insertMeetingRequest(db, {
        eventId: event.id,
        fromRegistrationId: registrationId,
        toRegistrationId: target,
        senderUserId: (await listCompanyPeople(db, companyId))[0]?.userId ?? null,
        message: "We would like to meet at the forum to discuss supplies.",
        at,
      });
      if (request !== null) requests.push(request);
    }
  }
  return requests;
}

export async function seedDemoEvents(db: Db, params: { companyIds: readonly string[]; now?: Date }): Promise<void> {
  const now = params.now ?? new Date();
  const companies = (await Promise.all(params.companyIds.map((id) => getCompanyById(db, id)))).filter((company) => company !== null && company.published !== null);
  const pick = (country: string, count: number) => companies.filter((company) => company?.country === country).slice(0, count).map((company) => company?.id ?? "");
  const participants = [...pick("UZ", 10), ...pick("AZ", 10)];

  const forum = interregionalForums[1];
  const past = await createEvent(db, {
    userId: null,
    now: new Date(Date.parse(`${forum.period.from}T00:00:00Z`) - 60 * day),
    input: {
      slug: "second-interregional-forum-quba",
      name: {
        en: "Second Uzbekistan–Azerbaijan Interregional Forum",
        ru: "Второй Узбекско-Азербайджанский межрегиональный форум",
        uz: "Ikkinchi Oʻzbekiston–Ozarbayjon mintaqalararo forumi",
        az: "İkinci Azərbaycan–Özbəkistan Regionlararası Forumu",
      },
      description: {
        en: "The forum took place in Quba on 21 May 2024. The B2B meetings and outcomes shown here are demo data between Karvon's demo companies.",
        ru: "Форум прошёл в Губе 21 мая 2024 года. Встречи B2B и их итоги на этой странице — демонстрационные данные демо-компаний Karvon.",
        uz: "Forum 2024-yil 21-mayda Qubada boʻlib oʻtdi. Bu yerdagi B2B uchrashuvlar va ularning natijalari Karvon demo-kompaniyalarining namunaviy maʼlumotlaridir.",
        az: "Forum 21 may 2024-cü ildə Qubada keçirilib. Burada göstərilən B2B görüşlər və nəticələr Karvonun demo şirkətləri arasında nümunə məlumatlardır.",
      },
      city: forum.place.en,
      venue: forum.place.en,
      timeZone: "Asia/Baku",
      startDate: forum.period.from,
      endDate: forum.period.to,
      dayStart: "10:00",
      dayEnd: "17:00",
      meetingMinutes: 30,
      breaks: [{ start: "13:00", end: "14:00" }],
      tableCount: 20,
      registrationOpensAt: new Date(Date.parse(`${forum.period.from}T00:00:00Z`) - 45 * day),
      registrationClosesAt: new Date(Date.parse(`${forum.period.from}T00:00:00Z`) - 3 * day),
      focusSectors: ["01", "10", "13"],
      requestLimit: 20,
      autoApproveVerified: true,
      published: true,
    },
  });
  const before = new Date(Date.parse(`${forum.period.from}T00:00:00Z`) - 5 * day);
  const pastRegistrations = await registerAll(db, past, participants, before);
  const pastRequests = await requestSuggested(db, past, pastRegistrations, before, 2);
  let index = 0;
  for (const request of pastRequests) {
    await db.transaction(async (tx) => {
      await moveRequestStatus(tx, { requestId: request.id, from: "pending", to: "accepted", at: before });
      const meeting = await scheduleMeeting(tx, { event: past, request, now: before });
      if (meeting === null) {
        await moveRequestStatus(tx, { requestId: request.id, from: "accepted", to: "unschedulable", at: before });
        return;
      }
      const kind = index % 3 === 0 ? "contract" : index % 3 === 1 ? "follow-up" : "no-fit";
      const valueUsd = kind === "contract" ? (demoContractValues[(index / 3) % demoContractValues.length] ?? null) : null;
      await upsertOutcome(tx, { meetingId: meeting.id, registrationId: request.fromRegistrationId, outcome: kind, valueUsd, hsChapters: [], reportedBy: request.senderUserId, at: new Date(Date.parse(`${forum.period.to}T18:00:00Z`)) });
      index += 1;
    });
  }

  const start = new Date(now.getTime() + 40 * day).toISOString().slice(0, 10);
  const coming = await createEvent(db, {
    userId: null,
    now,
    input: {
      slug: "b2b-meetings-day-tashkent",
      name: { en: "B2B meetings day (demo)", ru: "День B2B-встреч (демо)", uz: "B2B uchrashuvlar kuni (demo)", az: "B2B görüşlər günü (demo)" },
      description: {
        en: "A demo event to try registration and meeting requests: companies of both countries meet at tables booked from Karvon's matches.",
        ru: "Демонстрационное мероприятие, чтобы попробовать регистрацию и запросы на встречу: компании обеих стран встречаются за столами, забронированными по подборкам Karvon.",
        uz: "Roʻyxatdan oʻtish va uchrashuv soʻrovlarini sinab koʻrish uchun demo tadbir: ikki davlat kompaniyalari Karvon tavsiyalari asosida band qilingan stollarda uchrashadi.",
        az: "Qeydiyyatı və görüş sorğularını sınamaq üçün demo tədbir: iki ölkənin şirkətləri Karvonun uyğunluqlarına əsasən sifariş olunmuş masalarda görüşür.",
      },
      city: "Tashkent",
      venue: "Tashkent (demo venue)",
      timeZone: "Asia/Tashkent",
      startDate: start,
      endDate: start,
      dayStart: "09:00",
      dayEnd: "13:00",
      meetingMinutes: 30,
      breaks: [{ start: "11:00", end: "11:30" }],
      tableCount: 20,
      registrationOpensAt: new Date(now.getTime() - 10 * day),
      registrationClosesAt: new Date(now.getTime() + 35 * day),
      focusSectors: ["13", "10"],
      requestLimit: 20,
      autoApproveVerified: true,
      published: true,
    },
  });
  const comingRegistrations = await registerAll(db, coming, participants.filter((_, position) => position % 2 === 0), now);
  await requestSuggested(db, coming, comingRegistrations, now, 1);
}
