/**
 * Planted truth: a few documents written with words no generated document uses (real, rare words of the
 * region's trades), so the right answer to a query is known exactly. `relevant` documents must be found;
 * `distractor` documents share the word but not the concept asked for (concept queries).
 * Matchmaking groups live in sector 32 and HS chapters 66/91/92, which the generated data never uses.
 */
import type { Writing } from "./vocabulary";

export type PlantedListing = {
  writing: Writing;
  kind: "offer" | "request" | "joint-project";
  title: string;
  description: string;
  hsChapters: string[];
  sectors: string[];
  country: "UZ" | "AZ";
  /** Which truth sets of the group the listing belongs to (default: ["main"]). */
  sets?: string[];
};

export type PlantedGroup = {
  key: string;
  listings: PlantedListing[];
  /** A company whose own name carries the word (its company document is the truth). */
  companyName?: string;
};

const cottonTextile = { hsChapters: ["52"], sectors: ["13"] };
const silk = { hsChapters: ["50"], sectors: ["13"] };
const sweets = { hsChapters: ["17"], sectors: ["10"] };
const fruit = { hsChapters: ["08"], sectors: ["10"] };
const crafts = { hsChapters: ["58"], sectors: ["13"] };

export const plantedGroups: readonly PlantedGroup[] = [
  {
    key: "zardozi",
    listings: [
      { writing: "uz", kind: "offer", title: "Zardoʻzi toʻnlar", description: "Buxoro ustalarining zardoʻzi kashtasi bilan bezatilgan toʻnlar.", ...crafts, country: "UZ" },
      { writing: "uz", kind: "offer", title: "Zardo'zi do'ppilar", description: "Qo'lda tikilgan zardo'zi do'ppilar, ulgurji.", ...crafts, country: "UZ" },
      { writing: "uz", kind: "joint-project", title: "ZARDOʻZI sexi", description: "Zardoʻzi buyumlari uchun qoʻshma sex.", ...crafts, country: "UZ" },
      { writing: "uzCyrl", kind: "offer", title: "Зардўзи ёстиқлар", description: "Зардўзи услубида тикилган ёстиқ жилдлари.", ...crafts, country: "UZ" },
      { writing: "uz", kind: "request", title: "Zardoʻzi iplari kerak", description: "Zardoʻzi uchun tilla rang iplar sotib olamiz.", ...crafts, country: "AZ" },
    ],
  },
  {
    key: "kuraga",
    listings: [
      { writing: "ru", kind: "offer", title: "Курага сорта «Субхони»", description: "Поставляем курагу из Ферганской долины.", ...fruit, country: "UZ" },
      { writing: "ru", kind: "offer", title: "Курага без косточки", description: "Курага высшего сорта, фасовка 10 кг.", ...fruit, country: "UZ" },
      { writing: "ru", kind: "request", title: "Закупаем курагу", description: "Нужна курага для кондитерского производства.", ...fruit, country: "AZ" },
      { writing: "ru", kind: "offer", title: "Сушёная курага", description: "Экспорт кураги в Баку.", ...fruit, country: "UZ" },
    ],
  },
  {
    key: "kelagayi",
    listings: [
      { writing: "az", kind: "offer", title: "Şəki kəlağayısı", description: "Əl ilə boyanmış ipək kəlağayı, topdan satış.", ...silk, country: "AZ" },
      { writing: "az", kind: "offer", title: "Kəlağayı istehsalı", description: "Basqal kəlağayıları, ənənəvi naxışlar.", ...silk, country: "AZ" },
      { writing: "az", kind: "joint-project", title: "KƏLAĞAYI emalatxanası", description: "Kəlağayı üçün birgə emalatxana.", ...silk, country: "AZ" },
      { writing: "az", kind: "request", title: "Kəlağayı üçün boya", description: "Təbii boyalar axtarırıq, kəlağayı üçün.", ...silk, country: "UZ" },
    ],
  },
  {
    key: "saffron",
    listings: [
      { writing: "en", kind: "offer", title: "Saffron from Absheron", description: "Dried saffron threads, grade I.", hsChapters: ["09"], sectors: ["01"], country: "AZ" },
      { writing: "en", kind: "request", title: "Buying saffron", description: "We buy saffron for a spice blend.", hsChapters: ["09"], sectors: ["10"], country: "UZ" },
      { writing: "en", kind: "offer", title: "Saffron bulbs", description: "Saffron crocus bulbs for planting.", hsChapters: ["06"], sectors: ["01"], country: "AZ" },
    ],
  },
  {
    key: "sumalak",
    listings: [
      { writing: "uzCyrl", kind: "offer", title: "Сумалак ишлаб чиқариш", description: "Наврўз учун сумалак, банкаларда.", ...sweets, country: "UZ" },
      { writing: "uzCyrl", kind: "offer", title: "Сумалак экспорти", description: "Сумалак ва ҳалво экспорт қиламиз.", ...sweets, country: "UZ" },
      { writing: "uzCyrl", kind: "request", title: "Сумалак учун буғдой", description: "Сумалак пишириш учун унган буғдой керак.", ...sweets, country: "UZ" },
      { writing: "uz", kind: "offer", title: "Sumalak qadoqlash", description: "Sumalak uchun shisha idishlar.", ...sweets, country: "UZ" },
    ],
  },
  {
    key: "beqasam",
    listings: [
      { writing: "uz", kind: "offer", title: "Beqasam matosi", description: "Margʻilon beqasami, ipak va paxta aralash.", ...cottonTextile, country: "UZ" },
      { writing: "uz", kind: "offer", title: "Beqasam chopon", description: "Beqasamdan tikilgan choponlar.", ...cottonTextile, country: "UZ" },
      { writing: "uz", kind: "request", title: "Beqasam sotib olamiz", description: "Beqasam rulonlarda kerak.", ...cottonTextile, country: "AZ" },
    ],
  },
  {
    key: "sekerbura",
    listings: [
      { writing: "az", kind: "offer", title: "Şəkərbura və paxlava", description: "Novruz şəkərburası, qutularda.", ...sweets, country: "AZ" },
      { writing: "az", kind: "offer", title: "Şəkərbura istehsalı", description: "Gəncə şəkərburası topdan.", ...sweets, country: "AZ" },
      { writing: "az", kind: "request", title: "Şəkərbura qabları", description: "Şəkərbura üçün karton qutular.", ...sweets, country: "UZ" },
    ],
  },
  {
    key: "navvot",
    listings: [
      { writing: "uz", kind: "offer", title: "Navvot ishlab chiqarish", description: "Toza navvot, 1 kg qadoqda.", ...sweets, country: "UZ" },
      { writing: "uz", kind: "offer", title: "Zaferonli navvot", description: "Navvot choy uchun.", ...sweets, country: "UZ" },
      { writing: "uz", kind: "request", title: "Navvot olamiz", description: "Navvot ulgurji kerak.", ...sweets, country: "AZ" },
    ],
  },
  { key: "kumushkon", companyName: "Kumushkon Savdo Uyi", listings: [] },
  {
    key: "adras",
    listings: [
      { writing: "uz", kind: "offer", title: "Adras gazlamasi", description: "Margʻilon adrasi, tabiiy boʻyoqlar.", ...cottonTextile, country: "UZ", sets: ["cotton"] },
      { writing: "en", kind: "offer", title: "Adras fabric", description: "Hand-woven adras by the metre.", ...cottonTextile, country: "UZ", sets: ["cotton"] },
      { writing: "ru", kind: "request", title: "Ткань адрас", description: "Закупаем адрас для пошива.", ...cottonTextile, country: "AZ", sets: ["cotton"] },
      { writing: "uz", kind: "offer", title: "Adras roʻmollar", description: "Adras naqshli roʻmollar.", ...silk, country: "UZ", sets: ["silk"] },
      { writing: "az", kind: "offer", title: "Adras parça", description: "Adras, əl işi.", ...silk, country: "AZ", sets: ["silk"] },
    ],
  },
  {
    key: "suzani",
    listings: [
      { writing: "uz", kind: "offer", title: "Suzani devoriy bezaklar", description: "Nurota suzanilari.", hsChapters: ["57"], sectors: ["13"], country: "UZ", sets: ["carpet"] },
      { writing: "en", kind: "offer", title: "Suzani wall hangings", description: "Antique suzani from Bukhara.", hsChapters: ["57"], sectors: ["13"], country: "UZ", sets: ["carpet"] },
      { writing: "uz", kind: "offer", title: "Suzani yostiq jildlari", description: "Suzani uslubida yostiq jildlari.", hsChapters: ["63"], sectors: ["13"], country: "UZ", sets: ["other"] },
    ],
  },
];

/** Planted "partners for you": the offering company's offer must be matched with the other country's requests. */
export type PlantedMatchGroup = { key: string; hsChapter: string; sector: string; requestTitles: string[] };

export const plantedMatchGroups: readonly PlantedMatchGroup[] = [
  { key: "dutar", hsChapter: "92", sector: "32", requestTitles: ["Tar və kamança alırıq", "Musiqi alətləri lazımdır", "Saz ustaları üçün ağac", "Qarmon üçün hissələr"] },
  { key: "soat", hsChapter: "91", sector: "32", requestTitles: ["Divar saatları alırıq", "Qol saatları topdan", "Saat mexanizmləri", "Saat qayışları"] },
  { key: "soyabon", hsChapter: "66", sector: "32", requestTitles: ["Çətirlər topdan", "Günəş çətirləri lazımdır", "Çətir karkasları"] },
];
