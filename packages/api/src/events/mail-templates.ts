/** Mails about meetings at an event, in the four languages. Times come from `meetingWhen` (event zone and reader's). */
import type { Locale } from "@karvon/data";
import { signature } from "../contact/mail-templates";
import { quote } from "../mail/quote";
import { defineMailTemplate } from "../mail/template";
import { meetingWhen } from "./mail-time";

/** A request asked or declined: the other company, the event, the request's message (the decline leaves it out). */
type RequestNotice = { partnerName: string; eventName: string; message: string; url: string };

/** To every member of the company asked for a meeting. */
export const meetingRequestedMail = defineMailTemplate<RequestNotice>("events.meeting-requested", {
  en: ({ partnerName, eventName, message, url }) => ({
    subject: `${partnerName} asks to meet you at ${quote(eventName, "en")}`,
    text: `Hello,\n\n${partnerName} would like to meet your company at ${quote(eventName, "en")} and wrote:\n\n${message}\n\nAccept, and the meeting is scheduled at once into the earliest slot you both have free — or decline:\n\n${url}\n\n${signature.en}`,
  }),
  ru: ({ partnerName, eventName, message, url }) => ({
    subject: `Компания ${partnerName} предлагает встречу на мероприятии ${quote(eventName, "ru")}`,
    text: `Здравствуйте!\n\nКомпания ${partnerName} хочет встретиться с вашей компанией на мероприятии ${quote(eventName, "ru")} и пишет:\n\n${message}\n\nПримите запрос, и встреча сразу будет назначена на ближайшее время, свободное у обеих сторон, или отклоните его:\n\n${url}\n\n${signature.ru}`,
  }),
  uz: ({ partnerName, eventName, message, url }) => ({
    subject: `${partnerName} kompaniyasi ${quote(eventName, "uz")} tadbirida siz bilan uchrashmoqchi`,
    text: `Assalomu alaykum!\n\n${partnerName} kompaniyasi ${quote(eventName, "uz")} tadbirida kompaniyangiz bilan uchrashmoqchi va shunday yozdi:\n\n${message}\n\nSoʻrovni qabul qilsangiz, uchrashuv darhol ikkala tomon ham boʻsh boʻlgan eng yaqin vaqtga belgilanadi. Yoki uni rad eting:\n\n${url}\n\n${signature.uz}`,
  }),
  az: ({ partnerName, eventName, message, url }) => ({
    subject: `${partnerName} şirkəti ${quote(eventName, "az")} tədbirində sizinlə görüşmək istəyir`,
    text: `Salam!\n\n${partnerName} şirkəti ${quote(eventName, "az")} tədbirində şirkətinizlə görüşmək istəyir və belə yazıb:\n\n${message}\n\nSorğunu qəbul etsəniz, görüş dərhal hər iki tərəfin boş olduğu ən yaxın vaxta təyin olunacaq. Və ya onu rədd edin:\n\n${url}\n\n${signature.az}`,
  }),
});

/** A meeting's place: partner, event, start (shown in the event's zone and the reader's), table, venue, agenda link. */
type Placed = { partnerName: string; eventName: string; startsAt: Date; eventTimeZone: string; tableNo: number; venue: string; url: string };

/** The block of a placed meeting's time and place, in the reader's language. */
function place(locale: Locale, { startsAt, eventTimeZone, tableNo, venue }: Placed): string {
  const when = meetingWhen(locale, startsAt, eventTimeZone);
  const lines: Record<Locale, string> = {
    en: `${when}\nTable ${tableNo}\nVenue: ${venue}`,
    ru: `${when}\nСтол № ${tableNo}\nМесто: ${venue}`,
    uz: `${when}\n${tableNo}-stol\nManzil: ${venue}`,
    az: `${when}\nMasa № ${tableNo}\nMəkan: ${venue}`,
  };
  return lines[locale];
}

const agendaLine: Record<Locale, string> = {
  en: "Your agenda, with calendar files:",
  ru: "Ваша программа встреч с файлами для календаря:",
  uz: "Uchrashuvlar jadvalingiz va taqvim fayllari:",
  az: "Görüşlər cədvəliniz və təqvim faylları:",
};

/** To both companies, once a request was accepted and the meeting placed. */
export const meetingScheduledMail = defineMailTemplate<Placed>("events.meeting-scheduled", {
  en: (params) => ({
    subject: `Your meeting with ${params.partnerName} is scheduled`,
    text: `Hello,\n\nyour meeting with ${params.partnerName} at ${quote(params.eventName, "en")} is scheduled:\n\n${place("en", params)}\n\n${agendaLine.en}\n\n${params.url}\n\n${signature.en}`,
  }),
  ru: (params) => ({
    subject: `Встреча с компанией ${params.partnerName} назначена`,
    text: `Здравствуйте!\n\nВаша встреча с компанией ${params.partnerName} на мероприятии ${quote(params.eventName, "ru")} назначена:\n\n${place("ru", params)}\n\n${agendaLine.ru}\n\n${params.url}\n\n${signature.ru}`,
  }),
  uz: (params) => ({
    subject: `${params.partnerName} kompaniyasi bilan uchrashuv belgilandi`,
    text: `Assalomu alaykum!\n\n${quote(params.eventName, "uz")} tadbirida ${params.partnerName} kompaniyasi bilan uchrashuvingiz belgilandi:\n\n${place("uz", params)}\n\n${agendaLine.uz}\n\n${params.url}\n\n${signature.uz}`,
  }),
  az: (params) => ({
    subject: `${params.partnerName} şirkəti ilə görüş təyin olundu`,
    text: `Salam!\n\n${quote(params.eventName, "az")} tədbirində ${params.partnerName} şirkəti ilə görüşünüz təyin olundu:\n\n${place("az", params)}\n\n${agendaLine.az}\n\n${params.url}\n\n${signature.az}`,
  }),
});

/** To both companies, when the organiser changed a meeting's slot or table. */
export const meetingMovedMail = defineMailTemplate<Placed>("events.meeting-moved", {
  en: (params) => ({
    subject: `Your meeting with ${params.partnerName} was moved`,
    text: `Hello,\n\nthe organiser of ${quote(params.eventName, "en")} changed the time or table of your meeting with ${params.partnerName}. The new time and place:\n\n${place("en", params)}\n\n${agendaLine.en}\n\n${params.url}\n\n${signature.en}`,
  }),
  ru: (params) => ({
    subject: `Встреча с компанией ${params.partnerName} перенесена`,
    text: `Здравствуйте!\n\nОрганизатор мероприятия ${quote(params.eventName, "ru")} изменил время или стол вашей встречи с компанией ${params.partnerName}. Новое время и место:\n\n${place("ru", params)}\n\n${agendaLine.ru}\n\n${params.url}\n\n${signature.ru}`,
  }),
  uz: (params) => ({
    subject: `${params.partnerName} kompaniyasi bilan uchrashuv koʻchirildi`,
    text: `Assalomu alaykum!\n\n${quote(params.eventName, "uz")} tadbirining tashkilotchisi ${params.partnerName} kompaniyasi bilan uchrashuvingiz vaqtini yoki stolini oʻzgartirdi. Yangi vaqt va joy:\n\n${place("uz", params)}\n\n${agendaLine.uz}\n\n${params.url}\n\n${signature.uz}`,
  }),
  az: (params) => ({
    subject: `${params.partnerName} şirkəti ilə görüş dəyişdirildi`,
    text: `Salam!\n\n${quote(params.eventName, "az")} tədbirinin təşkilatçısı ${params.partnerName} şirkəti ilə görüşünüzün vaxtını və ya masasını dəyişdi. Yeni vaxt və yer:\n\n${place("az", params)}\n\n${agendaLine.az}\n\n${params.url}\n\n${signature.az}`,
  }),
});

type Cancelled = { partnerName: string; eventName: string; startsAt: Date; eventTimeZone: string; url: string };

/** To both companies, when the organiser cancelled a meeting. */
export const meetingCancelledMail = defineMailTemplate<Cancelled>("events.meeting-cancelled", {
  en: ({ partnerName, eventName, startsAt, eventTimeZone, url }) => ({
    subject: `Your meeting with ${partnerName} was cancelled`,
    text: `Hello,\n\nthe organiser of ${quote(eventName, "en")} cancelled your meeting with ${partnerName} (${meetingWhen("en", startsAt, eventTimeZone)}). That time is free again, so you can ask other participants for a meeting:\n\n${url}\n\n${signature.en}`,
  }),
  ru: ({ partnerName, eventName, startsAt, eventTimeZone, url }) => ({
    subject: `Встреча с компанией ${partnerName} отменена`,
    text: `Здравствуйте!\n\nОрганизатор мероприятия ${quote(eventName, "ru")} отменил вашу встречу с компанией ${partnerName} (${meetingWhen("ru", startsAt, eventTimeZone)}). Это время снова свободно — вы можете предложить встречу другим участникам:\n\n${url}\n\n${signature.ru}`,
  }),
  uz: ({ partnerName, eventName, startsAt, eventTimeZone, url }) => ({
    subject: `${partnerName} kompaniyasi bilan uchrashuv bekor qilindi`,
    text: `Assalomu alaykum!\n\n${quote(eventName, "uz")} tadbirining tashkilotchisi ${partnerName} kompaniyasi bilan uchrashuvingizni bekor qildi (${meetingWhen("uz", startsAt, eventTimeZone)}). Bu vaqt yana boʻsh — boshqa ishtirokchilarga uchrashuv taklif qilishingiz mumkin:\n\n${url}\n\n${signature.uz}`,
  }),
  az: ({ partnerName, eventName, startsAt, eventTimeZone, url }) => ({
    subject: `${partnerName} şirkəti ilə görüş ləğv edildi`,
    text: `Salam!\n\n${quote(eventName, "az")} tədbirinin təşkilatçısı ${partnerName} şirkəti ilə görüşünüzü ləğv etdi (${meetingWhen("az", startsAt, eventTimeZone)}). Bu vaxt yenidən boşdur — başqa iştirakçılara görüş təklif edə bilərsiniz:\n\n${url}\n\n${signature.az}`,
  }),
});

/** To the person who asked for the meeting (or, once they left, every member of their company). */
export const meetingDeclinedMail = defineMailTemplate<RequestNotice>("events.meeting-declined", {
  en: ({ partnerName, eventName, url }) => ({
    subject: `${partnerName} declined your meeting request`,
    text: `Hello,\n\n${partnerName} declined your request to meet at ${quote(eventName, "en")}. Other participants may be a better fit — the catalogue and the suggested meetings are here:\n\n${url}\n\n${signature.en}`,
  }),
  ru: ({ partnerName, eventName, url }) => ({
    subject: `Компания ${partnerName} отклонила ваш запрос на встречу`,
    text: `Здравствуйте!\n\nКомпания ${partnerName} отклонила ваш запрос на встречу на мероприятии ${quote(eventName, "ru")}. Возможно, вам подойдут другие участники — каталог и предлагаемые встречи здесь:\n\n${url}\n\n${signature.ru}`,
  }),
  uz: ({ partnerName, eventName, url }) => ({
    subject: `${partnerName} uchrashuv soʻrovingizni rad etdi`,
    text: `Assalomu alaykum!\n\n${partnerName} kompaniyasi ${quote(eventName, "uz")} tadbirida uchrashish haqidagi soʻrovingizni rad etdi. Boshqa ishtirokchilar sizga koʻproq mos kelishi mumkin — katalog va tavsiya etilgan uchrashuvlar shu yerda:\n\n${url}\n\n${signature.uz}`,
  }),
  az: ({ partnerName, eventName, url }) => ({
    subject: `${partnerName} görüş sorğunuzu rədd etdi`,
    text: `Salam!\n\n${partnerName} şirkəti ${quote(eventName, "az")} tədbirində görüş sorğunuzu rədd etdi. Başqa iştirakçılar sizə daha uyğun ola bilər — kataloq və təklif olunan görüşlər buradadır:\n\n${url}\n\n${signature.az}`,
  }),
});

type Reminder = { eventName: string; meetings: number; firstStartsAt: Date; eventTimeZone: string; venue: string; url: string };

/** "2 встречи", "5 встреч": Russian nouns after a number follow its plural category. */
function russianMeetings(count: number): string {
  const forms: Record<string, string> = { one: "встреча", few: "встречи", many: "встреч", other: "встречи" };
  return `${count} ${forms[new Intl.PluralRules("ru").select(count)] ?? "встреч"}`;
}

/** Once, the day before the event, to every member of each company with meetings there. */
export const eventReminderMail = defineMailTemplate<Reminder>("events.reminder", {
  en: ({ eventName, meetings, firstStartsAt, eventTimeZone, venue, url }) => ({
    subject: `Reminder: your meetings at ${quote(eventName, "en")}`,
    text: `Hello,\n\n${quote(eventName, "en")} begins soon. Your company has ${meetings === 1 ? "1 meeting" : `${meetings} meetings`}; the first: ${meetingWhen("en", firstStartsAt, eventTimeZone)}.\n\nVenue: ${venue}\n\nYour agenda, with partners, tables and calendar files:\n\n${url}\n\n${signature.en}`,
  }),
  ru: ({ eventName, meetings, firstStartsAt, eventTimeZone, venue, url }) => ({
    subject: `Напоминание: ваши встречи на мероприятии ${quote(eventName, "ru")}`,
    text: `Здравствуйте!\n\nМероприятие ${quote(eventName, "ru")} скоро начнётся. У вашей компании ${russianMeetings(meetings)}; первая — ${meetingWhen("ru", firstStartsAt, eventTimeZone)}.\n\nМесто: ${venue}\n\nВаша программа встреч с партнёрами, столами и файлами для календаря:\n\n${url}\n\n${signature.ru}`,
  }),
  uz: ({ eventName, meetings, firstStartsAt, eventTimeZone, venue, url }) => ({
    subject: `Eslatma: ${quote(eventName, "uz")} tadbiridagi uchrashuvlaringiz`,
    text: `Assalomu alaykum!\n\n${quote(eventName, "uz")} tadbiri tez orada boshlanadi. Kompaniyangizning ${meetings} ta uchrashuvi bor; birinchisi — ${meetingWhen("uz", firstStartsAt, eventTimeZone)}.\n\nManzil: ${venue}\n\nHamkorlar, stollar va taqvim fayllari bilan uchrashuvlar jadvalingiz:\n\n${url}\n\n${signature.uz}`,
  }),
  az: ({ eventName, meetings, firstStartsAt, eventTimeZone, venue, url }) => ({
    subject: `Xatırlatma: ${quote(eventName, "az")} tədbirində görüşləriniz`,
    text: `Salam!\n\n${quote(eventName, "az")} tədbiri tezliklə başlayır. Şirkətinizin ${meetings} görüşü var; birincisi — ${meetingWhen("az", firstStartsAt, eventTimeZone)}.\n\nMəkan: ${venue}\n\nTərəfdaşlar, masalar və təqvim faylları ilə görüşlər cədvəliniz:\n\n${url}\n\n${signature.az}`,
  }),
});
