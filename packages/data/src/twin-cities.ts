import { labels, type Labels } from "./labels";

export type TwinCities = {
  /** Uzbek side: a district/city code, or a region code for Tashkent. */
  uz: string;
  /** Azerbaijani side: a district/city code, or a region code for Baku. */
  az: string;
  relation: "sister-cities" | "memorandum" | "cooperation";
  /** Signed at an Uzbekistan–Azerbaijan Interregional Forum (first: Tashkent 2023; second: Quba 2024). */
  forum: boolean;
  date: string;
  labels: Labels;
  source: string;
};

/** City pairs with a signed document; only pairs reported by the sources listed. */
export const twinCities = [
  { uz: "UZ-XO-khiva-city", az: "AZ-SUS", relation: "sister-cities", forum: true, date: "2023-02-24", labels: labels("Khiva – Shusha", "Хива – Шуша", "Xiva – Shusha", "Xivə – Şuşa"), source: "apa-2023-02-24-sister-cities" },
  { uz: "UZ-BU-bukhara-city", az: "AZ-LA", relation: "sister-cities", forum: true, date: "2023-02-24", labels: labels("Bukhara – Lankaran", "Бухара – Ленкорань", "Buxoro – Lankaran", "Buxara – Lənkəran"), source: "apa-2023-02-24-sister-cities" },
  { uz: "UZ-FA-kokand-city", az: "AZ-SA", relation: "sister-cities", forum: true, date: "2023-02-24", labels: labels("Kokand – Shaki", "Коканд – Шеки", "Qoʻqon – Shaki", "Kokand – Şəki"), source: "apa-2023-02-24-sister-cities" },
  { uz: "UZ-SA-samarkand-city", az: "AZ-GA", relation: "sister-cities", forum: true, date: "2023-02-24", labels: labels("Samarkand – Ganja", "Самарканд – Гянджа", "Samarqand – Ganja", "Səmərqənd – Gəncə"), source: "apa-2023-02-24-sister-cities" },
  { uz: "UZ-SU-termez-city", az: "AZ-BIL", relation: "memorandum", forum: true, date: "2024", labels: labels("Termez – Bilasuvar", "Термез – Билясувар", "Termiz – Bilasuvar", "Termez – Biləsuvar"), source: "uza-2024-second-interregional-forum" },
  { uz: "UZ-NG-namangan-city", az: "AZ-MI", relation: "memorandum", forum: true, date: "2024", labels: labels("Namangan – Mingachevir", "Наманган – Мингечевир", "Namangan – Mingachevir", "Namanqan – Mingəçevir"), source: "uza-2024-second-interregional-forum" },
  { uz: "UZ-SI-gulistan-city", az: "AZ-FUZ", relation: "memorandum", forum: true, date: "2024", labels: labels("Gulistan – Fuzuli", "Гулистан – Физули", "Guliston – Fuzuli", "Gülüstan – Füzuli"), source: "uza-2024-second-interregional-forum" },
  { uz: "UZ-JI-jizzakh-city", az: "AZ-QBA", relation: "sister-cities", forum: false, date: "2024-08-22", labels: labels("Jizzakh – Guba", "Джизак – Губа", "Jizzax – Quba", "Cizzax – Quba"), source: "azernews-2024-08-22-business-forum" },
  { uz: "UZ-QA-shahrisabz-city", az: "AZ-BEY", relation: "sister-cities", forum: false, date: "2024-08-22", labels: labels("Shahrisabz – Beylagan", "Шахрисабз – Бейлаган", "Shahrisabz – Beylagan", "Şəhrisəbz – Beyləqan"), source: "azernews-2024-08-22-business-forum" },
  { uz: "UZ-TK", az: "AZ-BAK", relation: "cooperation", forum: false, date: "2024-08-22", labels: labels("Tashkent – Baku", "Ташкент – Баку", "Toshkent – Boku", "Daşkənd – Bakı"), source: "azernews-2024-08-22-business-forum" },
] as const satisfies readonly TwinCities[];
