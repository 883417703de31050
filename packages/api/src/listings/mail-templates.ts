import { quote } from "../mail/quote";
import { defineMailTemplate } from "../mail/template";

type ExpiredMail = { title: string; url: string };

/** To the author (or the owners) when a listing's validity ended and it left search. */
export const listingExpiredMail = defineMailTemplate<ExpiredMail>("listings.expired", {
  en: ({ title, url }) => ({
    subject: `Your listing ${quote(title, "en")} has expired`,
    text: `Hello,\n\nYour listing ${quote(title, "en")} reached the end of its validity and no longer appears in search on Karvon.\n\nIf it is still current, renew it with one click for another six months:\n\n${url}\n\nKarvon — Uzbekistan–Azerbaijan business partners`,
  }),
  ru: ({ title, url }) => ({
    subject: `Срок действия объявления ${quote(title, "ru")} истёк`,
    text: `Здравствуйте!\n\nСрок действия вашего объявления ${quote(title, "ru")} закончился, и оно больше не показывается в поиске Karvon.\n\nЕсли объявление ещё актуально, продлите его одним нажатием ещё на шесть месяцев:\n\n${url}\n\nKarvon — деловые партнёры Узбекистана и Азербайджана`,
  }),
  uz: ({ title, url }) => ({
    subject: `${quote(title, "uz")} eʼloningizning muddati tugadi`,
    text: `Assalomu alaykum!\n\n${quote(title, "uz")} eʼloningizning amal qilish muddati tugadi va u endi Karvon qidiruvida koʻrinmaydi.\n\nAgar eʼlon hali dolzarb boʻlsa, uni bir bosishda yana olti oyga uzaytiring:\n\n${url}\n\nKarvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari`,
  }),
  az: ({ title, url }) => ({
    subject: `${quote(title, "az")} elanınızın müddəti bitdi`,
    text: `Salam!\n\n${quote(title, "az")} elanınızın etibarlılıq müddəti başa çatdı və o, artıq Karvon axtarışında görünmür.\n\nElan hələ aktualdırsa, onu bir kliklə daha altı ay uzadın:\n\n${url}\n\nKarvon — Özbəkistan və Azərbaycan biznes tərəfdaşları`,
  }),
});

type SavedSearchMail = { searchName: string; count: number; titles: string[]; url: string; unsubscribeUrl: string };

const list = (titles: string[]) => titles.map((title) => `• ${title}`).join("\n");

/** The daily mail of a saved search with new matching listings. */
export const savedSearchMail = defineMailTemplate<SavedSearchMail>("listings.saved-search", {
  en: ({ searchName, count, titles, url, unsubscribeUrl }) => ({
    subject: `${count} new listing${count === 1 ? "" : "s"} for ${quote(searchName, "en")}`,
    text: `Hello,\n\nNew listings match your saved search ${quote(searchName, "en")} on Karvon:\n\n${list(titles)}\n\nSee them all:\n${url}\n\nTo stop these mails, open:\n${unsubscribeUrl}\n\nKarvon — Uzbekistan–Azerbaijan business partners`,
  }),
  ru: ({ searchName, count, titles, url, unsubscribeUrl }) => ({
    subject: `Новые объявления по поиску ${quote(searchName, "ru")}: ${count}`,
    text: `Здравствуйте!\n\nПо вашему сохранённому поиску ${quote(searchName, "ru")} на Karvon появились новые объявления:\n\n${list(titles)}\n\nПосмотреть все:\n${url}\n\nЧтобы больше не получать эти письма, откройте:\n${unsubscribeUrl}\n\nKarvon — деловые партнёры Узбекистана и Азербайджана`,
  }),
  uz: ({ searchName, count, titles, url, unsubscribeUrl }) => ({
    subject: `${quote(searchName, "uz")} qidiruvi boʻyicha yangi eʼlonlar: ${count}`,
    text: `Assalomu alaykum!\n\nKarvonʼdagi ${quote(searchName, "uz")} saqlangan qidiruvingizga mos yangi eʼlonlar paydo boʻldi:\n\n${list(titles)}\n\nBarchasini koʻrish:\n${url}\n\nBu xatlarni boshqa olmaslik uchun oching:\n${unsubscribeUrl}\n\nKarvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari`,
  }),
  az: ({ searchName, count, titles, url, unsubscribeUrl }) => ({
    subject: `${quote(searchName, "az")} axtarışı üzrə yeni elanlar: ${count}`,
    text: `Salam!\n\nKarvon-da ${quote(searchName, "az")} yadda saxlanmış axtarışınıza uyğun yeni elanlar var:\n\n${list(titles)}\n\nHamısına baxın:\n${url}\n\nBu məktubları daha almamaq üçün açın:\n${unsubscribeUrl}\n\nKarvon — Özbəkistan və Azərbaycan biznes tərəfdaşları`,
  }),
});
