import { byCode, labelOf, moderationReasons, type Locale, type ModerationDecision } from "@karvon/data";
import { quote } from "../mail/quote";
import { defineMailTemplate } from "../mail/template";

export type DecisionMailParams = {
  itemType: "company" | "listing";
  /** The company's name, or the listing's title in the recipient's language. */
  itemName: string;
  decision: ModerationDecision;
  /** Codes of `moderationReasons`. */
  reasons: string[];
  note: string | null;
  /** Where the owner edits the item. */
  link: string;
};

function reasonLines(reasons: string[], locale: Locale): string {
  return reasons
    .map((code) => byCode(moderationReasons, code))
    .filter((reason) => reason !== undefined)
    .map((reason) => `• ${labelOf(reason, locale)}`)
    .join("\n");
}

function body(parts: (string | null | false)[]): string {
  return parts.filter((part): part is string => typeof part === "string" && part !== "").join("\n\n");
}

export const moderationDecisionMail = defineMailTemplate<DecisionMailParams>("moderation.decision", {
  en: (p) => {
    const what = p.itemType === "company" ? "company profile" : "listing";
    const subject = {
      approve: `Your ${what} ${quote(p.itemName, "en")} is published`,
      "request-changes": `Changes needed: your ${what} ${quote(p.itemName, "en")}`,
      reject: `Your ${what} ${quote(p.itemName, "en")} was not approved`,
    }[p.decision];
    const lead = {
      approve: `Good news: our moderators approved your ${what} ${quote(p.itemName, "en")}. It is now visible to businesses in Uzbekistan and Azerbaijan.`,
      "request-changes": `Our moderators reviewed your ${what} ${quote(p.itemName, "en")} and ask you to change a few things before it can be published.`,
      reject: `Our moderators reviewed your ${what} ${quote(p.itemName, "en")} and could not approve it.`,
    }[p.decision];
    const next = {
      approve: `See it here: ${p.link}`,
      "request-changes": `Please correct it and submit it again: ${p.link}`,
      reject: `If you believe this is a mistake, you can appeal once from your dashboard: ${p.link}`,
    }[p.decision];
    return {
      subject,
      text: body([lead, p.reasons.length > 0 && `Reasons:\n${reasonLines(p.reasons, "en")}`, p.note !== null && `Moderator's note: ${p.note}`, next, "— The Karvon team"]),
    };
  },
  ru: (p) => {
    const what = p.itemType === "company" ? "профиль компании" : "объявление";
    const subject = {
      approve: p.itemType === "company" ? `Профиль компании ${quote(p.itemName, "ru")} опубликован` : `Объявление ${quote(p.itemName, "ru")} опубликовано`,
      "request-changes": `Нужны исправления: ${what} ${quote(p.itemName, "ru")}`,
      reject: `${p.itemType === "company" ? "Профиль компании" : "Объявление"} ${quote(p.itemName, "ru")} не одобрен${p.itemType === "company" ? "" : "о"}`,
    }[p.decision];
    const lead = {
      approve: `Хорошие новости: модераторы одобрили ${what} ${quote(p.itemName, "ru")}. Теперь его видят предприниматели Узбекистана и Азербайджана.`,
      "request-changes": `Модераторы проверили ${what} ${quote(p.itemName, "ru")} и просят внести исправления перед публикацией.`,
      reject: `Модераторы проверили ${what} ${quote(p.itemName, "ru")} и не смогли его одобрить.`,
    }[p.decision];
    const next = {
      approve: `Посмотреть: ${p.link}`,
      "request-changes": `Пожалуйста, исправьте и отправьте на проверку снова: ${p.link}`,
      reject: `Если вы считаете решение ошибочным, его можно один раз обжаловать в личном кабинете: ${p.link}`,
    }[p.decision];
    return {
      subject,
      text: body([lead, p.reasons.length > 0 && `Причины:\n${reasonLines(p.reasons, "ru")}`, p.note !== null && `Комментарий модератора: ${p.note}`, next, "— Команда Karvon"]),
    };
  },
  uz: (p) => {
    const what = p.itemType === "company" ? "kompaniya profilingiz" : "eʼloningiz";
    const subject = {
      approve: `${quote(p.itemName, "uz")} ${what} eʼlon qilindi`,
      "request-changes": `Tuzatish kerak: ${quote(p.itemName, "uz")} ${what}`,
      reject: `${quote(p.itemName, "uz")} ${what} tasdiqlanmadi`,
    }[p.decision];
    const lead = {
      approve: `Xushxabar: moderatorlar ${quote(p.itemName, "uz")} ${what}ni tasdiqladi. Endi uni Oʻzbekiston va Ozarbayjon tadbirkorlari koʻra oladi.`,
      "request-changes": `Moderatorlar ${quote(p.itemName, "uz")} ${what}ni koʻrib chiqdi va eʼlon qilishdan oldin baʼzi narsalarni tuzatishingizni soʻraydi.`,
      reject: `Moderatorlar ${quote(p.itemName, "uz")} ${what}ni koʻrib chiqdi, biroq uni tasdiqlay olmadi.`,
    }[p.decision];
    const next = {
      approve: `Koʻrish: ${p.link}`,
      "request-changes": `Iltimos, tuzatib, qayta yuboring: ${p.link}`,
      reject: `Agar qaror xato deb hisoblasangiz, shaxsiy kabinetingizdan bir marta shikoyat qilishingiz mumkin: ${p.link}`,
    }[p.decision];
    return {
      subject,
      text: body([lead, p.reasons.length > 0 && `Sabablar:\n${reasonLines(p.reasons, "uz")}`, p.note !== null && `Moderator izohi: ${p.note}`, next, "— Karvon jamoasi"]),
    };
  },
  az: (p) => {
    const what = p.itemType === "company" ? "şirkət profiliniz" : "elanınız";
    const whatObject = p.itemType === "company" ? "şirkət profilinizi" : "elanınızı";
    const subject = {
      approve: `${quote(p.itemName, "az")} ${what} dərc olundu`,
      "request-changes": `Düzəliş lazımdır: ${quote(p.itemName, "az")} ${what}`,
      reject: `${quote(p.itemName, "az")} ${what} təsdiqlənmədi`,
    }[p.decision];
    const lead = {
      approve: `Şad xəbər: moderatorlar ${quote(p.itemName, "az")} ${whatObject} təsdiqlədi. Artıq onu Özbəkistan və Azərbaycan sahibkarları görə bilər.`,
      "request-changes": `Moderatorlar ${quote(p.itemName, "az")} ${whatObject} yoxladı və dərc edilməzdən əvvəl bəzi düzəlişlər etməyinizi xahiş edir.`,
      reject: `Moderatorlar ${quote(p.itemName, "az")} ${whatObject} yoxladı, lakin təsdiqləyə bilmədi.`,
    }[p.decision];
    const next = {
      approve: `Baxmaq üçün: ${p.link}`,
      "request-changes": `Zəhmət olmasa düzəldin və yenidən göndərin: ${p.link}`,
      reject: `Qərarın səhv olduğunu düşünürsünüzsə, şəxsi kabinetinizdən bir dəfə şikayət edə bilərsiniz: ${p.link}`,
    }[p.decision];
    return {
      subject,
      text: body([lead, p.reasons.length > 0 && `Səbəblər:\n${reasonLines(p.reasons, "az")}`, p.note !== null && `Moderatorun qeydi: ${p.note}`, next, "— Karvon komandası"]),
    };
  },
});

export type ReportOutcomeMailParams = { outcome: "dismissed" | "actioned"; link: string };

export const reportOutcomeMail = defineMailTemplate<ReportOutcomeMailParams>("moderation.report-outcome", {
  en: (p) => ({
    subject: "Your report has been reviewed",
    text: body([
      "Thank you for your report. Our moderators have reviewed it.",
      p.outcome === "actioned" ? "We took action on the content you reported." : "We looked carefully and found no breach of our rules, so the content stays.",
      `Details: ${p.link}`,
      "— The Karvon team",
    ]),
  }),
  ru: (p) => ({
    subject: "Ваша жалоба рассмотрена",
    text: body([
      "Спасибо за жалобу. Модераторы её рассмотрели.",
      p.outcome === "actioned" ? "Мы приняли меры в отношении указанного содержания." : "Мы внимательно проверили и не нашли нарушения правил, поэтому содержание остаётся.",
      `Подробнее: ${p.link}`,
      "— Команда Karvon",
    ]),
  }),
  uz: (p) => ({
    subject: "Shikoyatingiz koʻrib chiqildi",
    text: body([
      "Shikoyatingiz uchun rahmat. Moderatorlar uni koʻrib chiqdi.",
      p.outcome === "actioned" ? "Siz koʻrsatgan mazmunga nisbatan choralar koʻrildi." : "Diqqat bilan tekshirdik va qoidabuzarlik topmadik, shuning uchun mazmun oʻz joyida qoladi.",
      `Batafsil: ${p.link}`,
      "— Karvon jamoasi",
    ]),
  }),
  az: (p) => ({
    subject: "Şikayətinizə baxıldı",
    text: body([
      "Şikayətiniz üçün təşəkkür edirik. Moderatorlar ona baxdı.",
      p.outcome === "actioned" ? "Bildirdiyiniz məzmunla bağlı tədbir görüldü." : "Diqqətlə yoxladıq və qayda pozuntusu tapmadıq, ona görə məzmun yerində qalır.",
      `Ətraflı: ${p.link}`,
      "— Karvon komandası",
    ]),
  }),
});

export type EnforcementMailParams = { companyName: string; action: "hide" | "suspend"; reasons: string[]; note: string | null; link: string };

export const enforcementMail = defineMailTemplate<EnforcementMailParams>("moderation.enforcement", {
  en: (p) => ({
    subject: p.action === "suspend" ? `${quote(p.companyName, "en")} has been suspended` : `A listing of ${quote(p.companyName, "en")} has been hidden`,
    text: body([
      p.action === "suspend"
        ? "After a report, our moderators suspended your company: its profile and listings are no longer public and it can neither send nor receive contact requests."
        : "After a report, our moderators hid one of your listings: it is no longer public.",
      p.reasons.length > 0 && `Reasons:\n${reasonLines(p.reasons, "en")}`,
      p.note !== null && `Moderator's note: ${p.note}`,
      `You can appeal once from your dashboard: ${p.link}`,
      "— The Karvon team",
    ]),
  }),
  ru: (p) => ({
    subject: p.action === "suspend" ? `Работа компании ${quote(p.companyName, "ru")} приостановлена` : `Объявление компании ${quote(p.companyName, "ru")} скрыто`,
    text: body([
      p.action === "suspend"
        ? "По жалобе модераторы приостановили работу вашей компании: профиль и объявления скрыты, отправлять и получать запросы на контакт нельзя."
        : "По жалобе модераторы скрыли одно из ваших объявлений: оно больше не видно другим.",
      p.reasons.length > 0 && `Причины:\n${reasonLines(p.reasons, "ru")}`,
      p.note !== null && `Комментарий модератора: ${p.note}`,
      `Решение можно один раз обжаловать в личном кабинете: ${p.link}`,
      "— Команда Karvon",
    ]),
  }),
  uz: (p) => ({
    subject: p.action === "suspend" ? `${quote(p.companyName, "uz")} faoliyati toʻxtatildi` : `${quote(p.companyName, "uz")} eʼloni yashirildi`,
    text: body([
      p.action === "suspend"
        ? "Shikoyat asosida moderatorlar kompaniyangiz faoliyatini toʻxtatdi: profil va eʼlonlar yashirildi, aloqa soʻrovlarini yuborish va qabul qilish imkoni yoʻq."
        : "Shikoyat asosida moderatorlar eʼlonlaringizdan birini yashirdi: u endi boshqalarga koʻrinmaydi.",
      p.reasons.length > 0 && `Sabablar:\n${reasonLines(p.reasons, "uz")}`,
      p.note !== null && `Moderator izohi: ${p.note}`,
      `Shaxsiy kabinetingizdan bir marta shikoyat qilishingiz mumkin: ${p.link}`,
      "— Karvon jamoasi",
    ]),
  }),
  az: (p) => ({
    subject: p.action === "suspend" ? `${quote(p.companyName, "az")} şirkətinin fəaliyyəti dayandırıldı` : `${quote(p.companyName, "az")} şirkətinin elanı gizlədildi`,
    text: body([
      p.action === "suspend"
        ? "Şikayət əsasında moderatorlar şirkətinizin fəaliyyətini dayandırdı: profil və elanlar gizlədildi, əlaqə sorğuları göndərmək və qəbul etmək mümkün deyil."
        : "Şikayət əsasında moderatorlar elanlarınızdan birini gizlətdi: o, artıq başqalarına görünmür.",
      p.reasons.length > 0 && `Səbəblər:\n${reasonLines(p.reasons, "az")}`,
      p.note !== null && `Moderatorun qeydi: ${p.note}`,
      `Şəxsi kabinetinizdən bir dəfə şikayət edə bilərsiniz: ${p.link}`,
      "— Karvon komandası",
    ]),
  }),
});

export type AppealOutcomeMailParams = { companyName: string; outcome: "granted" | "denied"; note: string | null; link: string };

export const appealOutcomeMail = defineMailTemplate<AppealOutcomeMailParams>("moderation.appeal-outcome", {
  en: (p) => ({
    subject: p.outcome === "granted" ? `Your appeal for ${quote(p.companyName, "en")} was granted` : `Your appeal for ${quote(p.companyName, "en")} was declined`,
    text: body([
      p.outcome === "granted"
        ? "An administrator reviewed your appeal and reversed the decision."
        : "An administrator reviewed your appeal and upheld the decision. This decision is final.",
      p.note !== null && `Note: ${p.note}`,
      p.link,
      "— The Karvon team",
    ]),
  }),
  ru: (p) => ({
    subject: p.outcome === "granted" ? `Апелляция компании ${quote(p.companyName, "ru")} удовлетворена` : `Апелляция компании ${quote(p.companyName, "ru")} отклонена`,
    text: body([
      p.outcome === "granted"
        ? "Администратор рассмотрел вашу апелляцию и отменил решение."
        : "Администратор рассмотрел вашу апелляцию и оставил решение в силе. Это решение окончательное.",
      p.note !== null && `Комментарий: ${p.note}`,
      p.link,
      "— Команда Karvon",
    ]),
  }),
  uz: (p) => ({
    subject: p.outcome === "granted" ? `${quote(p.companyName, "uz")} boʻyicha shikoyatingiz qanoatlantirildi` : `${quote(p.companyName, "uz")} boʻyicha shikoyatingiz rad etildi`,
    text: body([
      p.outcome === "granted"
        ? "Administrator shikoyatingizni koʻrib chiqdi va qarorni bekor qildi."
        : "Administrator shikoyatingizni koʻrib chiqdi va qarorni oʻz kuchida qoldirdi. Bu qaror yakuniy.",
      p.note !== null && `Izoh: ${p.note}`,
      p.link,
      "— Karvon jamoasi",
    ]),
  }),
  az: (p) => ({
    subject: p.outcome === "granted" ? `${quote(p.companyName, "az")} üzrə şikayətiniz təmin edildi` : `${quote(p.companyName, "az")} üzrə şikayətiniz rədd edildi`,
    text: body([
      p.outcome === "granted"
        ? "Administrator şikayətinizə baxdı və qərarı ləğv etdi."
        : "Administrator şikayətinizə baxdı və qərarı qüvvədə saxladı. Bu qərar qətidir.",
      p.note !== null && `Qeyd: ${p.note}`,
      p.link,
      "— Karvon komandası",
    ]),
  }),
});
