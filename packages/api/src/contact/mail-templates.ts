import { byCode, contactPurposes, declineReasons, labelOf, type Locale } from "@karvon/data";
import { defineMailTemplate } from "../mail/template";

/** The closing line of every mail about partners and meetings. */
export const signature: Record<Locale, string> = {
  en: "Karvon — Uzbekistan–Azerbaijan business partners",
  ru: "Karvon — деловые партнёры Узбекистана и Азербайджана",
  uz: "Karvon — Oʻzbekiston va Ozarbayjon biznes hamkorlari",
  az: "Karvon — Özbəkistan və Azərbaycan biznes tərəfdaşları",
};

function purposeLabel(code: string, locale: Locale): string {
  const purpose = byCode(contactPurposes, code);
  return purpose === undefined ? code : labelOf(purpose, locale);
}

function reasonLabel(code: string | null, locale: Locale): string | null {
  const reason = code === null ? undefined : byCode(declineReasons, code);
  return reason === undefined ? null : labelOf(reason, locale);
}

type RequestReceived = { senderName: string; purpose: string; message: string; url: string };

/** To every member of the receiving company. */
export const contactRequestReceivedMail = defineMailTemplate<RequestReceived>("contact.request-received", {
  en: ({ senderName, purpose, message, url }) => ({
    subject: `${senderName} is interested in working with you`,
    text: `Hello,\n\n${senderName} has sent your company an expression of interest on Karvon.\n\nPurpose: ${purposeLabel(purpose, "en")}\n\n${message}\n\nAccept to open a conversation and exchange contact details, or decline — both from your inbox:\n\n${url}\n\nThe request expires after 30 days without an answer.\n\n${signature.en}`,
  }),
  ru: ({ senderName, purpose, message, url }) => ({
    subject: `Компания ${senderName} хочет сотрудничать с вами`,
    text: `Здравствуйте!\n\nКомпания ${senderName} отправила вашей компании запрос на сотрудничество на Karvon.\n\nЦель: ${purposeLabel(purpose, "ru")}\n\n${message}\n\nПримите запрос, чтобы начать переписку и обменяться контактами, или отклоните его — в разделе «Входящие»:\n\n${url}\n\nБез ответа запрос истекает через 30 дней.\n\n${signature.ru}`,
  }),
  uz: ({ senderName, purpose, message, url }) => ({
    subject: `${senderName} siz bilan hamkorlik qilmoqchi`,
    text: `Assalomu alaykum!\n\n${senderName} kompaniyasi Karvon orqali kompaniyangizga hamkorlik soʻrovini yubordi.\n\nMaqsad: ${purposeLabel(purpose, "uz")}\n\n${message}\n\nYozishmani boshlash va aloqa maʼlumotlarini almashish uchun soʻrovni qabul qiling yoki rad eting — «Kiruvchi» boʻlimida:\n\n${url}\n\nJavob berilmasa, soʻrov 30 kundan keyin muddati tugaydi.\n\n${signature.uz}`,
  }),
  az: ({ senderName, purpose, message, url }) => ({
    subject: `${senderName} sizinlə əməkdaşlıq etmək istəyir`,
    text: `Salam!\n\n${senderName} şirkəti Karvon vasitəsilə şirkətinizə əməkdaşlıq sorğusu göndərib.\n\nMəqsəd: ${purposeLabel(purpose, "az")}\n\n${message}\n\nYazışmaya başlamaq və əlaqə məlumatlarını mübadilə etmək üçün sorğunu qəbul edin və ya rədd edin — «Gələnlər» bölməsində:\n\n${url}\n\nCavab verilməsə, sorğunun müddəti 30 gündən sonra bitir.\n\n${signature.az}`,
  }),
});

type RequestAccepted = { recipientName: string; url: string };

/** To the person who sent the request. */
export const contactRequestAcceptedMail = defineMailTemplate<RequestAccepted>("contact.request-accepted", {
  en: ({ recipientName, url }) => ({
    subject: `${recipientName} accepted your request`,
    text: `Hello,\n\ngood news: ${recipientName} accepted your expression of interest. You can now see each other's contact person and write to each other:\n\n${url}\n\n${signature.en}`,
  }),
  ru: ({ recipientName, url }) => ({
    subject: `Компания ${recipientName} приняла ваш запрос`,
    text: `Здравствуйте!\n\nХорошие новости: компания ${recipientName} приняла ваш запрос на сотрудничество. Теперь вам видны контактные данные друг друга, и вы можете переписываться:\n\n${url}\n\n${signature.ru}`,
  }),
  uz: ({ recipientName, url }) => ({
    subject: `${recipientName} soʻrovingizni qabul qildi`,
    text: `Assalomu alaykum!\n\nXushxabar: ${recipientName} kompaniyasi hamkorlik soʻrovingizni qabul qildi. Endi bir-biringizning aloqa maʼlumotlarini koʻrishingiz va yozishishingiz mumkin:\n\n${url}\n\n${signature.uz}`,
  }),
  az: ({ recipientName, url }) => ({
    subject: `${recipientName} sorğunuzu qəbul etdi`,
    text: `Salam!\n\nXoş xəbər: ${recipientName} şirkəti əməkdaşlıq sorğunuzu qəbul etdi. İndi bir-birinizin əlaqə məlumatlarını görə və yazışa bilərsiniz:\n\n${url}\n\n${signature.az}`,
  }),
});

type RequestDeclined = { recipientName: string; reason: string | null; url: string };

/** To the person who sent the request. */
export const contactRequestDeclinedMail = defineMailTemplate<RequestDeclined>("contact.request-declined", {
  en: ({ recipientName, reason, url }) => {
    const why = reasonLabel(reason, "en");
    return {
      subject: `${recipientName} declined your request`,
      text: `Hello,\n\n${recipientName} declined your expression of interest.${why === null ? "" : `\nReason: ${why}`}\n\nOther partners may be a better fit — keep searching:\n\n${url}\n\n${signature.en}`,
    };
  },
  ru: ({ recipientName, reason, url }) => {
    const why = reasonLabel(reason, "ru");
    return {
      subject: `Компания ${recipientName} отклонила ваш запрос`,
      text: `Здравствуйте!\n\nКомпания ${recipientName} отклонила ваш запрос на сотрудничество.${why === null ? "" : `\nПричина: ${why}`}\n\nВозможно, вам подойдут другие партнёры — продолжайте поиск:\n\n${url}\n\n${signature.ru}`,
    };
  },
  uz: ({ recipientName, reason, url }) => {
    const why = reasonLabel(reason, "uz");
    return {
      subject: `${recipientName} soʻrovingizni rad etdi`,
      text: `Assalomu alaykum!\n\n${recipientName} kompaniyasi hamkorlik soʻrovingizni rad etdi.${why === null ? "" : `\nSabab: ${why}`}\n\nBoshqa hamkorlar sizga koʻproq mos kelishi mumkin — izlashda davom eting:\n\n${url}\n\n${signature.uz}`,
    };
  },
  az: ({ recipientName, reason, url }) => {
    const why = reasonLabel(reason, "az");
    return {
      subject: `${recipientName} sorğunuzu rədd etdi`,
      text: `Salam!\n\n${recipientName} şirkəti əməkdaşlıq sorğunuzu rədd etdi.${why === null ? "" : `\nSəbəb: ${why}`}\n\nBaşqa tərəfdaşlar sizə daha uyğun ola bilər — axtarışa davam edin:\n\n${url}\n\n${signature.az}`,
    };
  },
});

type NewMessage = { senderName: string; preview: string; url: string };

/** To members of the other company; at most one per conversation and hour. */
export const contactNewMessageMail = defineMailTemplate<NewMessage>("contact.new-message", {
  en: ({ senderName, preview, url }) => ({
    subject: `New message from ${senderName}`,
    text: `Hello,\n\n${senderName} wrote to you on Karvon:\n\n${preview}\n\nRead and reply:\n\n${url}\n\nWe send at most one such mail per conversation per hour.\n\n${signature.en}`,
  }),
  ru: ({ senderName, preview, url }) => ({
    subject: `Новое сообщение от компании ${senderName}`,
    text: `Здравствуйте!\n\nКомпания ${senderName} написала вам на Karvon:\n\n${preview}\n\nПрочитать и ответить:\n\n${url}\n\nТакие письма приходят не чаще одного раза в час по каждой переписке.\n\n${signature.ru}`,
  }),
  uz: ({ senderName, preview, url }) => ({
    subject: `${senderName} kompaniyasidan yangi xabar`,
    text: `Assalomu alaykum!\n\n${senderName} kompaniyasi sizga Karvon orqali yozdi:\n\n${preview}\n\nOʻqish va javob berish:\n\n${url}\n\nBunday xatlar har bir yozishma boʻyicha soatiga koʻpi bilan bir marta yuboriladi.\n\n${signature.uz}`,
  }),
  az: ({ senderName, preview, url }) => ({
    subject: `${senderName} şirkətindən yeni mesaj`,
    text: `Salam!\n\n${senderName} şirkəti sizə Karvon-da yazıb:\n\n${preview}\n\nOxumaq və cavab vermək üçün:\n\n${url}\n\nBelə məktublar hər yazışma üzrə saatda ən çox bir dəfə göndərilir.\n\n${signature.az}`,
  }),
});

type RequestReminder = { senderName: string; url: string };

/** Once, 7 days after an unanswered request, to the receiving company's members. */
export const contactRequestReminderMail = defineMailTemplate<RequestReminder>("contact.request-reminder", {
  en: ({ senderName, url }) => ({
    subject: `${senderName} is still waiting for your answer`,
    text: `Hello,\n\na week ago ${senderName} sent your company an expression of interest, and it has no answer yet. A short "yes" or "no, thank you" helps both sides — and a quick answer shows on your company page:\n\n${url}\n\nWithout an answer the request expires 30 days after it was sent.\n\n${signature.en}`,
  }),
  ru: ({ senderName, url }) => ({
    subject: `Компания ${senderName} ждёт вашего ответа`,
    text: `Здравствуйте!\n\nНеделю назад компания ${senderName} отправила вам запрос на сотрудничество, и он пока без ответа. Короткое «да» или «нет, спасибо» поможет обеим сторонам, а быстрые ответы отражаются на странице вашей компании:\n\n${url}\n\nБез ответа запрос истечёт через 30 дней после отправки.\n\n${signature.ru}`,
  }),
  uz: ({ senderName, url }) => ({
    subject: `${senderName} javobingizni kutmoqda`,
    text: `Assalomu alaykum!\n\nBir hafta oldin ${senderName} kompaniyasi sizga hamkorlik soʻrovini yubordi, unga hali javob berilmagan. Qisqa «ha» yoki «yoʻq, rahmat» ikkala tomonga ham yordam beradi, tezkor javoblar esa kompaniyangiz sahifasida koʻrinadi:\n\n${url}\n\nJavob berilmasa, soʻrov yuborilganidan 30 kun oʻtib muddati tugaydi.\n\n${signature.uz}`,
  }),
  az: ({ senderName, url }) => ({
    subject: `${senderName} cavabınızı gözləyir`,
    text: `Salam!\n\nBir həftə əvvəl ${senderName} şirkəti sizə əməkdaşlıq sorğusu göndərib və hələ cavab yoxdur. Qısa «bəli» və ya «xeyr, təşəkkür edirik» hər iki tərəfə kömək edir, sürətli cavablar isə şirkətinizin səhifəsində görünür:\n\n${url}\n\nCavab verilməsə, sorğunun müddəti göndərildikdən 30 gün sonra bitir.\n\n${signature.az}`,
  }),
});

type RequestExpired = { recipientName: string; url: string };

/** To the person who sent the request, when 30 days passed without an answer. */
export const contactRequestExpiredMail = defineMailTemplate<RequestExpired>("contact.request-expired", {
  en: ({ recipientName, url }) => ({
    subject: `Your request to ${recipientName} expired`,
    text: `Hello,\n\n${recipientName} did not answer your expression of interest within 30 days, so it has expired. You can send a new one, or look for other partners:\n\n${url}\n\n${signature.en}`,
  }),
  ru: ({ recipientName, url }) => ({
    subject: `Срок вашего запроса компании ${recipientName} истёк`,
    text: `Здравствуйте!\n\nКомпания ${recipientName} не ответила на ваш запрос в течение 30 дней, и его срок истёк. Вы можете отправить новый запрос или поискать других партнёров:\n\n${url}\n\n${signature.ru}`,
  }),
  uz: ({ recipientName, url }) => ({
    subject: `${recipientName} kompaniyasiga yuborilgan soʻrovingiz muddati tugadi`,
    text: `Assalomu alaykum!\n\n${recipientName} kompaniyasi 30 kun ichida soʻrovingizga javob bermadi, shuning uchun uning muddati tugadi. Yangi soʻrov yuborishingiz yoki boshqa hamkorlarni izlashingiz mumkin:\n\n${url}\n\n${signature.uz}`,
  }),
  az: ({ recipientName, url }) => ({
    subject: `${recipientName} şirkətinə sorğunuzun müddəti bitdi`,
    text: `Salam!\n\n${recipientName} şirkəti 30 gün ərzində sorğunuza cavab vermədi, buna görə onun müddəti bitdi. Yeni sorğu göndərə və ya başqa tərəfdaşlar axtara bilərsiniz:\n\n${url}\n\n${signature.az}`,
  }),
});
