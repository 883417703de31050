import { defineMailTemplate } from "../mail/template";

type InvitationMail = { inviterName: string; companyName: string; url: string };

export const companyInvitationMail = defineMailTemplate<InvitationMail>("companies.invitation", {
  en: ({ inviterName, companyName, url }) => ({
    subject: `${inviterName} invites you to join ${companyName} on Karvon`,
    text: `Hello,\n\n${inviterName} has invited you to join the team of ${companyName} on Karvon, the business platform of Uzbekistan and Azerbaijan. As a member you can edit the company profile, publish offers and answer partners.\n\nTo accept, sign in (or create an account) with this e-mail address and open:\n\n${url}\n\nThe invitation is valid for 7 days. If you do not know ${inviterName}, ignore this message.\n\nKarvon — Uzbekistan–Azerbaijan business partners`,
  }),
  ru: ({ inviterName, companyName, url }) => ({
    subject: `${inviterName} приглашает вас в команду компании ${companyName} на Karvon`,
    text: `Здравствуйте!\n\n${inviterName} приглашает вас в команду компании ${companyName} на Karvon — деловой платформе Узбекистана и Азербайджана. Участник команды может редактировать профиль компании, публиковать предложения и отвечать партнёрам.\n\nЧтобы принять приглашение, войдите (или зарегистрируйтесь) с этим адресом электронной почты и откройте ссылку:\n\n${url}\n\nПриглашение действует 7 дней. Если вы не знаете отправителя, просто проигнорируйте письмо.\n\nKarvon — деловые партнёры Узбекистана и Азербайджана`,
  }),
  uz: ({ inviterName, companyName, url }) => ({
    subject: `${inviterName} sizni Karvon platformasida ${companyName} jamoasiga taklif qilmoqda`,
    text: `Assalomu alaykum!\n\n${inviterName} sizni Oʻzbekiston va Ozarbayjon biznes platformasi Karvonʼda ${companyName} kompaniyasi jamoasiga taklif qildi. Jamoa aʼzosi kompaniya profilini tahrirlashi, takliflar eʼlon qilishi va hamkorlarga javob berishi mumkin.\n\nTaklifni qabul qilish uchun shu elektron pochta manzili bilan tizimga kiring (yoki roʻyxatdan oʻting) va havolani oching:\n\n${url}\n\nTaklif 7 kun amal qiladi. Agar yuboruvchini tanimasangiz, bu xatga eʼtibor bermang.\n\nKarvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari`,
  }),
  az: ({ inviterName, companyName, url }) => ({
    subject: `${inviterName} sizi Karvon-da ${companyName} komandasına dəvət edir`,
    text: `Salam!\n\n${inviterName} sizi Özbəkistan və Azərbaycanın biznes platforması Karvon-da ${companyName} şirkətinin komandasına dəvət edib. Komanda üzvü şirkət profilini redaktə edə, təkliflər dərc edə və tərəfdaşlara cavab verə bilər.\n\nDəvəti qəbul etmək üçün bu e-poçt ünvanı ilə daxil olun (və ya qeydiyyatdan keçin) və keçidi açın:\n\n${url}\n\nDəvət 7 gün etibarlıdır. Göndərəni tanımırsınızsa, bu məktubu nəzərə almayın.\n\nKarvon — Özbəkistan və Azərbaycan biznes tərəfdaşları`,
  }),
});
