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
