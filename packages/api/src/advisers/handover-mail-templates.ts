import { defineMailTemplate } from "../mail/template";

type HandoverOfferMail = { organizationName: string; companyName: string; url: string };

/**
 * To a company's own contact address once the profile an adviser brought is published while nobody of the
 * company owns it yet: the company is live, and its people can run it themselves.
 */
export const adviserHandoverOfferMail = defineMailTemplate<HandoverOfferMail>("advisers.handover-offer", {
  en: ({ organizationName, companyName, url }) => ({
    subject: `${companyName} is published on Karvon`,
    text: `Hello,\n\nThe profile of ${companyName}, prepared by ${organizationName}, is now published on Karvon, the business platform of Uzbekistan and Azerbaijan: partners can find your company and send it requests.\n\nNobody of your company runs it on the portal yet. To do it yourselves — edit the profile, publish offers, answer partners' requests, invite colleagues — take the company over as its owner. Open this link, then sign in or create an account with this e-mail address:\n\n${url}\n\nThe link works for 30 days; the link in our first mail leads there as well. Taking over does not change your answer about the adviser: with the link in our first mail you can still withdraw it at any time.\n\nKarvon — Uzbekistan–Azerbaijan business partners`,
  }),
  ru: ({ organizationName, companyName, url }) => ({
    subject: `Компания ${companyName} опубликована на Karvon`,
    text: `Здравствуйте!\n\nПрофиль компании ${companyName}, подготовленный организацией ${organizationName}, опубликован на Karvon — деловой платформе Узбекистана и Азербайджана: партнёры могут найти вашу компанию и отправлять ей запросы.\n\nПока никто из вашей компании не ведёт её на портале. Чтобы делать это самим — редактировать профиль, публиковать предложения, отвечать на запросы партнёров, приглашать коллег, — станьте владельцем компании. Откройте ссылку, затем войдите или зарегистрируйтесь с этим адресом электронной почты:\n\n${url}\n\nСсылка действует 30 дней; туда же ведёт и ссылка из нашего первого письма. Ваш ответ о консультанте при этом не меняется: по ссылке из первого письма вы по-прежнему можете в любой момент его отозвать.\n\nKarvon — деловые партнёры Узбекистана и Азербайджана`,
  }),
  uz: ({ organizationName, companyName, url }) => ({
    subject: `${companyName} kompaniyasi Karvonʼda eʼlon qilindi`,
    text: `Assalomu alaykum!\n\n${companyName} kompaniyasi profili Oʻzbekiston va Ozarbayjon biznes platformasi Karvonʼda eʼlon qilindi. Profilni ${organizationName} tayyorlagan. Endi hamkorlar kompaniyangizni topib, unga soʻrov yuborishlari mumkin.\n\nHozircha portalda kompaniyangizni uning oʻz xodimlaridan hech kim boshqarmayapti. Buni oʻzingiz qilish uchun — profilni tahrirlash, takliflar eʼlon qilish, hamkorlarning soʻrovlariga javob berish, hamkasblarni taklif qilish — kompaniya egasi boʻling. Havolani oching, soʻng shu elektron pochta manzili bilan tizimga kiring yoki roʻyxatdan oʻting:\n\n${url}\n\nHavola 30 kun amal qiladi; birinchi xatimizdagi havola ham shu yerga olib boradi. Bu maslahatchi haqidagi javobingizni oʻzgartirmaydi: birinchi xatimizdagi havola orqali maslahatchini istalgan vaqtda chaqirib olishingiz mumkin.\n\nKarvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari`,
  }),
  az: ({ organizationName, companyName, url }) => ({
    subject: `${companyName} şirkəti Karvon-da dərc olundu`,
    text: `Salam!\n\n${companyName} şirkətinin profili Özbəkistan və Azərbaycanın biznes platforması Karvon-da dərc olundu. Profili ${organizationName} hazırlayıb. İndi tərəfdaşlar şirkətinizi tapa və ona sorğu göndərə bilərlər.\n\nHələ ki, portalda şirkətinizi onun öz əməkdaşlarından heç kim idarə etmir. Bunu özünüz etmək üçün — profili redaktə etmək, təkliflər dərc etmək, tərəfdaşların sorğularına cavab vermək, həmkarları dəvət etmək — şirkətin sahibi olun. Keçidi açın, sonra bu e-poçt ünvanı ilə daxil olun və ya qeydiyyatdan keçin:\n\n${url}\n\nKeçid 30 gün etibarlıdır; ilk məktubumuzdakı keçid də ora aparır. Bu, məsləhətçi barədə cavabınızı dəyişmir: ilk məktubumuzdakı keçidlə məsləhətçini istənilən vaxt geri çağıra bilərsiniz.\n\nKarvon — Özbəkistan və Azərbaycan biznes tərəfdaşları`,
  }),
});

type ClaimedMail = { companyName: string; url: string };

/** To the advisers of the organisation that brought a company: its own contact person took it over as owner. */
export const adviserCompanyClaimedMail = defineMailTemplate<ClaimedMail>("advisers.company-claimed", {
  en: ({ companyName, url }) => ({
    subject: `${companyName} now has its own owner on Karvon`,
    text: `Hello,\n\nThe contact person of ${companyName} has taken the company over on Karvon and is now its owner: from now on the company's own people edit its profile, publish its offers and answer its partners.\n\nYour organisation keeps acting for the company as before, until the company withdraws it. Your portfolio:\n\n${url}\n\nKarvon — Uzbekistan–Azerbaijan business partners`,
  }),
  ru: ({ companyName, url }) => ({
    subject: `У компании ${companyName} появился собственный владелец на Karvon`,
    text: `Здравствуйте!\n\nКонтактное лицо компании ${companyName} стало её владельцем на Karvon: теперь сотрудники компании сами ведут её профиль, публикуют предложения и отвечают партнёрам.\n\nВаша организация по-прежнему действует от имени компании, пока компания её не отзовёт. Ваш портфель:\n\n${url}\n\nKarvon — деловые партнёры Узбекистана и Азербайджана`,
  }),
  uz: ({ companyName, url }) => ({
    subject: `${companyName} kompaniyasining endi Karvonʼda oʻz egasi bor`,
    text: `Assalomu alaykum!\n\n${companyName} kompaniyasining aloqa uchun masʼul shaxsi Karvonʼda kompaniya egasi boʻldi: endi kompaniya xodimlari uning profilini oʻzlari yuritadi, takliflarini eʼlon qiladi va hamkorlarga javob beradi.\n\nKompaniya chaqirib olmaguncha tashkilotingiz avvalgidek uning nomidan ish yuritishda davom etadi. Portfelingiz:\n\n${url}\n\nKarvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari`,
  }),
  az: ({ companyName, url }) => ({
    subject: `${companyName} şirkətinin artıq Karvon-da öz sahibi var`,
    text: `Salam!\n\n${companyName} şirkətinin əlaqə şəxsi Karvon-da şirkətin sahibi oldu: bundan sonra şirkətin profilini, təkliflərini və tərəfdaşlara cavablarını şirkətin öz əməkdaşları idarə edir.\n\nŞirkət təşkilatınızı geri çağırmayana qədər təşkilatınız əvvəlki kimi onun adından fəaliyyət göstərir. Portfeliniz:\n\n${url}\n\nKarvon — Özbəkistan və Azərbaycan biznes tərəfdaşları`,
  }),
});
