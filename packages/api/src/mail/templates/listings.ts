import { defineMailTemplate } from "../template";

type ExpiredMail = { title: string; url: string };

/** To the author (or the owners) when a listing's validity ended and it left search. */
export const listingExpiredMail = defineMailTemplate<ExpiredMail>("listings.expired", {
  en: ({ title, url }) => ({
    subject: `Your listing "${title}" has expired`,
    text: `Hello,\n\nYour listing "${title}" reached the end of its validity and no longer appears in search on Karvon.\n\nIf it is still current, renew it with one click for another six months:\n\n${url}\n\nKarvon — Uzbekistan–Azerbaijan business partners`,
  }),
  ru: ({ title, url }) => ({
    subject: `Срок действия объявления «${title}» истёк`,
    text: `Здравствуйте!\n\nСрок действия вашего объявления «${title}» закончился, и оно больше не показывается в поиске Karvon.\n\nЕсли объявление ещё актуально, продлите его одним нажатием ещё на шесть месяцев:\n\n${url}\n\nKarvon — деловые партнёры Узбекистана и Азербайджана`,
  }),
  uz: ({ title, url }) => ({
    subject: `“${title}” eʼloningizning muddati tugadi`,
    text: `Assalomu alaykum!\n\n“${title}” eʼloningizning amal qilish muddati tugadi va u endi Karvon qidiruvida koʻrinmaydi.\n\nAgar eʼlon hali dolzarb boʻlsa, uni bir bosishda yana olti oyga uzaytiring:\n\n${url}\n\nKarvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari`,
  }),
  az: ({ title, url }) => ({
    subject: `“${title}” elanınızın müddəti bitdi`,
    text: `Salam!\n\n“${title}” elanınızın etibarlılıq müddəti başa çatdı və o, artıq Karvon axtarışında görünmür.\n\nElan hələ aktualdırsa, onu bir kliklə daha altı ay uzadın:\n\n${url}\n\nKarvon — Özbəkistan və Azərbaycan biznes tərəfdaşları`,
  }),
});

type SavedSearchMail = { searchName: string; count: number; titles: string[]; url: string; unsubscribeUrl: string };

const list = (titles: string[]) => titles.map((title) => `• ${title}`).join("\n");

/** The daily mail of a saved search with new matching listings. */
export const savedSearchMail = defineMailTemplate<SavedSearchMail>("listings.saved-search", {
  en: ({ searchName, count, titles, url, unsubscribeUrl }) => ({
    subject: `${count} new listing${count === 1 ? "" : "s"} for "${searchName}"`,
    text: `Hello,\n\nNew listings match your saved search "${searchName}" on Karvon:\n\n${list(titles)}\n\nSee them all:\n${url}\n\nTo stop these mails, open:\n${unsubscribeUrl}\n\nKarvon — Uzbekistan–Azerbaijan business partners`,
  }),
  ru: ({ searchName, count, titles, url, unsubscribeUrl }) => ({
    subject: `Новые объявления по поиску «${searchName}»: ${count}`,
    text: `Здравствуйте!\n\nПо вашему сохранённому поиску «${searchName}» на Karvon появились новые объявления:\n\n${list(titles)}\n\nПосмотреть все:\n${url}\n\nЧтобы больше не получать эти письма, откройте:\n${unsubscribeUrl}\n\nKarvon — деловые партнёры Узбекистана и Азербайджана`,
  }),
  uz: ({ searchName, count, titles, url, unsubscribeUrl }) => ({
    subject: `“${searchName}” qidiruvi boʻyicha yangi eʼlonlar: ${count}`,
    text: `Assalomu alaykum!\n\nKarvonʼdagi “${searchName}” saqlangan qidiruvingizga mos yangi eʼlonlar paydo boʻldi:\n\n${list(titles)}\n\nBarchasini koʻrish:\n${url}\n\nBu xatlarni boshqa olmaslik uchun oching:\n${unsubscribeUrl}\n\nKarvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari`,
  }),
  az: ({ searchName, count, titles, url, unsubscribeUrl }) => ({
    subject: `“${searchName}” axtarışı üzrə yeni elanlar: ${count}`,
    text: `Salam!\n\nKarvon-da “${searchName}” yadda saxlanmış axtarışınıza uyğun yeni elanlar var:\n\n${list(titles)}\n\nHamısına baxın:\n${url}\n\nBu məktubları daha almamaq üçün açın:\n${unsubscribeUrl}\n\nKarvon — Özbəkistan və Azərbaycan biznes tərəfdaşları`,
  }),
});
