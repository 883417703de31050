import { quote } from "../mail/quote";
import { defineMailTemplate } from "../mail/template";

type ConsentMail = { organizationName: string; companyName: string; url: string };

/** To a company's own contact address, after an organisation of advisers imported it: confirm or refuse. */
export const adviserConsentMail = defineMailTemplate<ConsentMail>("advisers.consent", {
  en: ({ organizationName, companyName, url }) => ({
    subject: `${organizationName} wants to present ${companyName} on Karvon`,
    text: `Hello,\n\n${organizationName} has prepared a profile of ${companyName} on Karvon, the business platform of Uzbekistan and Azerbaijan, and asks to act for your company there as its adviser.\n\nNothing is published without your consent. Open this link to see the request and to confirm or refuse it:\n\n${url}\n\nOnce you confirm, the profile goes to the portal's moderators for review. With the same link you can withdraw the adviser at any time; it then loses access at once. Keep this mail.\n\nKarvon — Uzbekistan–Azerbaijan business partners`,
  }),
  ru: ({ organizationName, companyName, url }) => ({
    subject: `${organizationName} хочет представить компанию ${companyName} на Karvon`,
    text: `Здравствуйте!\n\n${organizationName} подготовила профиль компании ${companyName} на Karvon — деловой платформе Узбекистана и Азербайджана — и просит разрешения представлять там вашу компанию как её консультант.\n\nБез вашего согласия ничего не публикуется. Откройте ссылку, чтобы посмотреть запрос и подтвердить или отклонить его:\n\n${url}\n\nПосле подтверждения профиль уйдёт на проверку модераторам портала. По той же ссылке вы в любой момент можете отозвать консультанта — он сразу потеряет доступ. Сохраните это письмо.\n\nKarvon — деловые партнёры Узбекистана и Азербайджана`,
  }),
  uz: ({ organizationName, companyName, url }) => ({
    subject: `${organizationName} ${companyName} kompaniyasini Karvonʼda taqdim etmoqchi`,
    text: `Assalomu alaykum!\n\n${organizationName} Oʻzbekiston va Ozarbayjon biznes platformasi Karvonʼda ${companyName} kompaniyasi profilini tayyorladi va u yerda kompaniyangiz nomidan maslahatchi sifatida ish yuritishga ruxsat soʻramoqda.\n\nRozilingizsiz hech narsa eʼlon qilinmaydi. Soʻrovni koʻrish va uni tasdiqlash yoki rad etish uchun havolani oching:\n\n${url}\n\nTasdiqlaganingizdan keyin profil portal moderatorlariga tekshiruvga yuboriladi. Ayni shu havola orqali istalgan vaqtda maslahatchini chaqirib olishingiz mumkin — u darhol kirish huquqini yoʻqotadi. Bu xatni saqlab qoʻying.\n\nKarvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari`,
  }),
  az: ({ organizationName, companyName, url }) => ({
    subject: `${organizationName} ${companyName} şirkətini Karvon-da təqdim etmək istəyir`,
    text: `Salam!\n\n${organizationName} Özbəkistan və Azərbaycanın biznes platforması Karvon-da ${companyName} şirkətinin profilini hazırlayıb və orada şirkətinizi məsləhətçi kimi təmsil etmək üçün icazə istəyir.\n\nRazılığınız olmadan heç nə dərc olunmur. Sorğuya baxmaq və onu təsdiqləmək və ya rədd etmək üçün keçidi açın:\n\n${url}\n\nTəsdiqlədikdən sonra profil portalın moderatorlarına yoxlamaya göndərilir. Eyni keçidlə məsləhətçini istənilən vaxt geri çağıra bilərsiniz — o, girişi dərhal itirir. Bu məktubu saxlayın.\n\nKarvon — Özbəkistan və Azərbaycan biznes tərəfdaşları`,
  }),
});

type DecisionMail = { organizationName: string; approved: boolean; reason: string | null; url: string };

function paragraphs(parts: (string | null | false)[]): string {
  return parts.filter((part): part is string => typeof part === "string" && part !== "").join("\n\n");
}

/** To the person who registered an organisation of advisers: staff approved it (imports open) or rejected it. */
export const adviserOrganizationDecisionMail = defineMailTemplate<DecisionMail>("advisers.organization-decision", {
  en: ({ organizationName, approved, reason, url }) => ({
    subject: approved ? `${quote(organizationName, "en")} is approved as an adviser on Karvon` : `${quote(organizationName, "en")} was not approved as an adviser`,
    text: paragraphs([
      "Hello,",
      approved
        ? `Karvon's moderators approved ${quote(organizationName, "en")} as an organisation of advisers. You can now import your companies from a CSV file; each company confirms by mail before anything is reviewed or published.`
        : `Karvon's moderators reviewed the application of ${quote(organizationName, "en")} and could not approve it.`,
      reason !== null && `Reason: ${reason}`,
      approved ? `Your companies and the import: ${url}` : `Details: ${url}`,
      "— The Karvon team",
    ]),
  }),
  ru: ({ organizationName, approved, reason, url }) => ({
    subject: approved ? `Организация ${quote(organizationName, "ru")} одобрена как консультант на Karvon` : `Заявка организации ${quote(organizationName, "ru")} не одобрена`,
    text: paragraphs([
      "Здравствуйте!",
      approved
        ? `Модераторы Karvon одобрили организацию ${quote(organizationName, "ru")} как консультанта. Теперь вы можете импортировать свои компании из файла CSV; каждая компания подтверждает согласие по почте, прежде чем её профиль проверят или опубликуют.`
        : `Модераторы Karvon рассмотрели заявку организации ${quote(organizationName, "ru")} и не смогли её одобрить.`,
      reason !== null && `Причина: ${reason}`,
      approved ? `Ваши компании и импорт: ${url}` : `Подробности: ${url}`,
      "— Команда Karvon",
    ]),
  }),
  uz: ({ organizationName, approved, reason, url }) => ({
    subject: approved ? `${quote(organizationName, "uz")} Karvonʼda maslahatchi sifatida tasdiqlandi` : `${quote(organizationName, "uz")} arizasi tasdiqlanmadi`,
    text: paragraphs([
      "Assalomu alaykum!",
      approved
        ? `Karvon moderatorlari ${quote(organizationName, "uz")} tashkilotini maslahatchi sifatida tasdiqladi. Endi kompaniyalaringizni CSV fayldan import qilishingiz mumkin; har bir kompaniya profili tekshirilishi yoki eʼlon qilinishidan oldin roziligini xat orqali tasdiqlaydi.`
        : `Karvon moderatorlari ${quote(organizationName, "uz")} tashkilotining arizasini koʻrib chiqdi va uni tasdiqlay olmadi.`,
      reason !== null && `Sabab: ${reason}`,
      approved ? `Kompaniyalaringiz va import: ${url}` : `Batafsil: ${url}`,
      "— Karvon jamoasi",
    ]),
  }),
  az: ({ organizationName, approved, reason, url }) => ({
    subject: approved ? `${quote(organizationName, "az")} Karvon-da məsləhətçi kimi təsdiqləndi` : `${quote(organizationName, "az")} müraciəti təsdiqlənmədi`,
    text: paragraphs([
      "Salam!",
      approved
        ? `Karvon moderatorları ${quote(organizationName, "az")} təşkilatını məsləhətçi kimi təsdiqlədi. İndi şirkətlərinizi CSV faylından idxal edə bilərsiniz; hər şirkət profili yoxlanılmadan və ya dərc olunmadan əvvəl razılığını məktubla təsdiqləyir.`
        : `Karvon moderatorları ${quote(organizationName, "az")} təşkilatının müraciətinə baxdı və onu təsdiqləyə bilmədi.`,
      reason !== null && `Səbəb: ${reason}`,
      approved ? `Şirkətləriniz və idxal: ${url}` : `Ətraflı: ${url}`,
      "— Karvon komandası",
    ]),
  }),
});

type TeamInvitationMail = { inviterName: string; organizationName: string; url: string };

/** To a colleague an adviser invites into the organisation, in the colleague's language. */
export const adviserInvitationMail = defineMailTemplate<TeamInvitationMail>("advisers.invitation", {
  en: ({ inviterName, organizationName, url }) => ({
    subject: `${inviterName} invites you to act for ${quote(organizationName, "en")} on Karvon`,
    text: paragraphs([
      "Hello,",
      `${inviterName} has invited you to join ${quote(organizationName, "en")} as an adviser on Karvon, the business platform of Uzbekistan and Azerbaijan. Advisers import the organisation's companies and, once a company has confirmed by mail, edit its profile, publish listings and answer partners in its name.`,
      `To accept, sign in (or create an account) with this e-mail address and open:\n\n${url}`,
      `The invitation is valid for 7 days. If you do not know ${inviterName}, ignore this message.`,
      "Karvon — Uzbekistan–Azerbaijan business partners",
    ]),
  }),
  ru: ({ inviterName, organizationName, url }) => ({
    subject: `${inviterName} приглашает вас в организацию ${quote(organizationName, "ru")} на Karvon`,
    text: paragraphs([
      "Здравствуйте!",
      `${inviterName} приглашает вас стать консультантом организации ${quote(organizationName, "ru")} на Karvon — деловой платформе Узбекистана и Азербайджана. Консультанты импортируют компании организации и, когда компания подтвердит это по почте, редактируют её профиль, публикуют объявления и отвечают партнёрам от её имени.`,
      `Чтобы принять приглашение, войдите (или зарегистрируйтесь) с этим адресом электронной почты и откройте ссылку:\n\n${url}`,
      "Приглашение действует 7 дней. Если вы не знаете отправителя, просто проигнорируйте письмо.",
      "Karvon — деловые партнёры Узбекистана и Азербайджана",
    ]),
  }),
  uz: ({ inviterName, organizationName, url }) => ({
    subject: `${inviterName} sizni Karvonʼda ${quote(organizationName, "uz")} tashkilotiga taklif qilmoqda`,
    text: paragraphs([
      "Assalomu alaykum!",
      `${inviterName} sizni Oʻzbekiston va Ozarbayjon biznes platformasi Karvonʼda ${quote(organizationName, "uz")} tashkilotining maslahatchisi boʻlishga taklif qildi. Maslahatchilar tashkilot kompaniyalarini import qiladi va kompaniya buni pochta orqali tasdiqlagach, uning nomidan profilini tahrirlaydi, eʼlonlar joylaydi va hamkorlarga javob beradi.`,
      `Taklifni qabul qilish uchun shu elektron pochta manzili bilan tizimga kiring (yoki roʻyxatdan oʻting) va havolani oching:\n\n${url}`,
      "Taklif 7 kun amal qiladi. Agar yuboruvchini tanimasangiz, bu xatga eʼtibor bermang.",
      "Karvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari",
    ]),
  }),
  az: ({ inviterName, organizationName, url }) => ({
    subject: `${inviterName} sizi Karvon-da ${quote(organizationName, "az")} təşkilatına dəvət edir`,
    text: paragraphs([
      "Salam!",
      `${inviterName} sizi Özbəkistan və Azərbaycanın biznes platforması Karvon-da ${quote(organizationName, "az")} təşkilatının məsləhətçisi olmağa dəvət edib. Məsləhətçilər təşkilatın şirkətlərini idxal edir və şirkət bunu poçtla təsdiqlədikdən sonra onun adından profilini redaktə edir, elanlar dərc edir və tərəfdaşlara cavab verir.`,
      `Dəvəti qəbul etmək üçün bu e-poçt ünvanı ilə daxil olun (və ya qeydiyyatdan keçin) və keçidi açın:\n\n${url}`,
      "Dəvət 7 gün etibarlıdır. Göndərəni tanımırsınızsa, bu məktubu nəzərə almayın.",
      "Karvon — Özbəkistan və Azərbaycan biznes tərəfdaşları",
    ]),
  }),
});
