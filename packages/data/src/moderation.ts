import type { Term } from "./cooperation";
import { codesOf, labels } from "./labels";

/** Why a moderator asks for changes or rejects a company or listing. */
export const moderationReasons = [
  { code: "incomplete-profile", labels: labels("Incomplete profile", "Профиль заполнен не полностью", "Profil toʻliq toʻldirilmagan", "Profil tam doldurulmayıb"), source: "karvon-editorial" },
  { code: "tax-id-mismatch", labels: labels("Tax ID does not match the company", "ИНН не соответствует компании", "STIR kompaniyaga mos kelmaydi", "VÖEN şirkətə uyğun gəlmir"), source: "karvon-editorial" },
  { code: "misleading", labels: labels("Misleading information", "Вводящая в заблуждение информация", "Chalgʻituvchi maʼlumot", "Yanıldıcı məlumat"), source: "karvon-editorial" },
  { code: "prohibited-goods", labels: labels("Prohibited goods or services", "Запрещённые товары или услуги", "Taqiqlangan tovarlar yoki xizmatlar", "Qadağan olunmuş mallar və ya xidmətlər"), source: "karvon-editorial" },
  { code: "duplicate", labels: labels("Duplicate", "Дубликат", "Takroriy eʼlon", "Təkrar elan"), source: "karvon-editorial" },
  { code: "spam", labels: labels("Spam", "Спам", "Spam", "Spam"), source: "karvon-editorial" },
  { code: "inappropriate-language", labels: labels("Inappropriate language", "Недопустимые выражения", "Nomaqbul soʻzlar", "Yolverilməz ifadələr"), source: "karvon-editorial" },
  { code: "wrong-category", labels: labels("Wrong category", "Неверная категория", "Notoʻgʻri toifa", "Yanlış kateqoriya"), source: "karvon-editorial" },
  { code: "contact-info-in-text", labels: labels("Contact details in the text", "Контактные данные в тексте", "Matnda aloqa maʼlumotlari", "Mətndə əlaqə məlumatları"), source: "karvon-editorial" },
  { code: "unverifiable", labels: labels("Company cannot be verified", "Компанию невозможно проверить", "Kompaniyani tekshirib boʻlmaydi", "Şirkəti yoxlamaq mümkün deyil"), source: "karvon-editorial" },
  { code: "other", labels: labels("Other", "Другое", "Boshqa", "Digər"), source: "karvon-editorial" },
] as const satisfies readonly Term[];
export type ModerationReason = (typeof moderationReasons)[number]["code"];
export const moderationReasonCodes = codesOf(moderationReasons);

/** Why a user reports a company, listing, message or contact request. */
export const reportReasons = [
  { code: "spam", labels: labels("Spam", "Спам", "Spam", "Spam"), source: "karvon-editorial" },
  { code: "fraud", labels: labels("Fraud", "Мошенничество", "Firibgarlik", "Fırıldaqçılıq"), source: "karvon-editorial" },
  { code: "counterfeit", labels: labels("Counterfeit goods", "Контрафактная продукция", "Qalbaki mahsulot", "Saxta məhsul"), source: "karvon-editorial" },
  { code: "offensive", labels: labels("Offensive content", "Оскорбительное содержание", "Haqoratli mazmun", "Təhqiredici məzmun"), source: "karvon-editorial" },
  { code: "wrong-information", labels: labels("Wrong information", "Недостоверная информация", "Notoʻgʻri maʼlumot", "Yanlış məlumat"), source: "karvon-editorial" },
  { code: "prohibited", labels: labels("Prohibited goods or activity", "Запрещённые товары или деятельность", "Taqiqlangan tovar yoki faoliyat", "Qadağan olunmuş mal və ya fəaliyyət"), source: "karvon-editorial" },
  { code: "harassment", labels: labels("Harassment", "Преследование", "Taʼqib qilish", "Təqib"), source: "karvon-editorial" },
  { code: "other", labels: labels("Other", "Другое", "Boshqa", "Digər"), source: "karvon-editorial" },
] as const satisfies readonly Term[];
export type ReportReason = (typeof reportReasons)[number]["code"];
export const reportReasonCodes = codesOf(reportReasons);

/** Why a company declines a contact request. */
export const declineReasons = [
  { code: "not-relevant", labels: labels("Not relevant to our business", "Не соответствует нашему профилю", "Faoliyatimizga mos emas", "Fəaliyyətimizə uyğun deyil"), source: "karvon-editorial" },
  { code: "no-capacity", labels: labels("No capacity at the moment", "Сейчас нет возможности", "Hozircha imkoniyatimiz yoʻq", "Hazırda imkanımız yoxdur"), source: "karvon-editorial" },
  { code: "already-have-partner", labels: labels("We already have a partner", "У нас уже есть партнёр", "Bizda allaqachon hamkor bor", "Artıq tərəfdaşımız var"), source: "karvon-editorial" },
  { code: "terms-mismatch", labels: labels("The terms do not suit us", "Условия нам не подходят", "Shartlar bizga mos kelmaydi", "Şərtlər bizə uyğun deyil"), source: "karvon-editorial" },
  { code: "other", labels: labels("Other", "Другое", "Boshqa", "Digər"), source: "karvon-editorial" },
] as const satisfies readonly Term[];
export type DeclineReason = (typeof declineReasons)[number]["code"];
export const declineReasonCodes = codesOf(declineReasons);

/** What a contact request is about. */
export const contactPurposes = [
  { code: "buy", labels: labels("Buy", "Купить", "Sotib olish", "Almaq"), source: "karvon-editorial" },
  { code: "sell", labels: labels("Sell", "Продать", "Sotish", "Satmaq"), source: "karvon-editorial" },
  { code: "joint-venture", labels: labels("Joint venture", "Совместное предприятие", "Qoʻshma korxona", "Birgə müəssisə"), source: "karvon-editorial" },
  { code: "investment", labels: labels("Investment", "Инвестиции", "Investitsiya", "İnvestisiya"), source: "karvon-editorial" },
  { code: "logistics", labels: labels("Logistics services", "Логистические услуги", "Logistika xizmatlari", "Logistika xidmətləri"), source: "karvon-editorial" },
  { code: "other", labels: labels("Other", "Другое", "Boshqa", "Digər"), source: "karvon-editorial" },
] as const satisfies readonly Term[];
export type ContactPurpose = (typeof contactPurposes)[number]["code"];
export const contactPurposeCodes = codesOf(contactPurposes);
