/**
 * Words the benchmark's companies and listings are written with: per sector, the products people trade, in
 * English, Russian, Uzbek Latin, Uzbek Cyrillic and Azerbaijani. `frequent` words appear in many documents
 * (the hard case for a full-text index: long posting lists), `rare` ones in few. Real words only.
 *
 * Sectors 32 (other manufacturing) and HS chapters 66, 91, 92 are deliberately absent: the planted
 * matchmaking pairs live there alone, so their expected matches are known exactly.
 */

/** One word or phrase in the five writings the portal's users type. */
export type Term = { en: string; ru: string; uz: string; uzCyrl: string; az: string };

export type Writing = keyof Term;
export const writings: readonly Writing[] = ["en", "ru", "uz", "uzCyrl", "az"];

export type SectorVocabulary = {
  /** ISIC division codes (the first is the main one). */
  sectors: readonly string[];
  hsChapters: readonly string[];
  /** The word a company name carries ("Textile", "Agro"). */
  nameWord: string;
  frequent: readonly Term[];
  rare: readonly Term[];
};

const t = (en: string, ru: string, uz: string, uzCyrl: string, az: string): Term => ({ en, ru, uz, uzCyrl, az });

export const sectorVocabularies: readonly SectorVocabulary[] = [
  {
    sectors: ["13", "14"],
    hsChapters: ["52", "61", "62", "63"],
    nameWord: "Textile",
    frequent: [
      t("cotton yarn", "хлопковая пряжа", "paxta kalavasi", "пахта калаваси", "pambıq ipliyi"),
      t("fabric", "ткань", "gazlama", "газлама", "parça"),
      t("knitwear", "трикотаж", "trikotaj", "трикотаж", "trikotaj"),
      t("garments", "одежда", "kiyim", "кийим", "geyim"),
      t("bed linen", "постельное бельё", "choyshab", "чойшаб", "yataq dəsti"),
    ],
    rare: [
      t("denim", "джинсовая ткань", "jinsi mato", "жинси мато", "cins parça"),
      t("terry towels", "махровые полотенца", "maxrali sochiq", "махрали сочиқ", "tüklü dəsmal"),
      t("workwear", "спецодежда", "maxsus kiyim", "махсус кийим", "iş geyimi"),
    ],
  },
  {
    sectors: ["13"],
    hsChapters: ["50", "57", "58"],
    nameWord: "Silk",
    frequent: [
      t("silk", "шёлк", "ipak", "ипак", "ipək"),
      t("carpets", "ковры", "gilamlar", "гиламлар", "xalçalar"),
      t("embroidery", "вышивка", "kashtachilik", "каштачилик", "tikmə"),
    ],
    rare: [
      t("cocoons", "коконы", "pilla", "пилла", "barama"),
      t("handmade rugs", "ковры ручной работы", "qoʻlda toʻqilgan gilam", "қўлда тўқилган гилам", "əl toxuması xalça"),
    ],
  },
  {
    sectors: ["01", "10"],
    hsChapters: ["07", "08", "20"],
    nameWord: "Agro",
    frequent: [
      t("fresh fruit", "свежие фрукты", "yangi mevalar", "янги мевалар", "təzə meyvələr"),
      t("vegetables", "овощи", "sabzavotlar", "сабзавотлар", "tərəvəz"),
      t("grapes", "виноград", "uzum", "узум", "üzüm"),
      t("apricots", "абрикосы", "oʻrik", "ўрик", "ərik"),
      t("pomegranates", "гранаты", "anor", "анор", "nar"),
    ],
    rare: [
      t("cherries", "черешня", "gilos", "гилос", "gilas"),
      t("persimmon", "хурма", "xurmo", "хурмо", "xurma"),
      t("hazelnuts", "фундук", "oʻrmon yongʻogʻi", "ўрмон ёнғоғи", "fındıq"),
      t("fruit juice concentrate", "концентрат сока", "sharbat konsentrati", "шарбат концентрати", "şirə konsentratı"),
    ],
  },
  {
    sectors: ["23"],
    hsChapters: ["25", "68", "69", "70"],
    nameWord: "Stroy",
    frequent: [
      t("cement", "цемент", "sement", "цемент", "sement"),
      t("bricks", "кирпич", "gʻisht", "ғишт", "kərpic"),
      t("ceramic tiles", "керамическая плитка", "keramik plitka", "керамик плитка", "keramik plitə"),
      t("glass", "стекло", "shisha", "шиша", "şüşə"),
    ],
    rare: [
      t("marble", "мрамор", "marmar", "мармар", "mərmər"),
      t("gypsum board", "гипсокартон", "gipsokarton", "гипсокартон", "gipskarton"),
      t("float glass", "флоат-стекло", "flot oyna", "флот ойна", "float şüşə"),
    ],
  },
  {
    sectors: ["20"],
    hsChapters: ["28", "31"],
    nameWord: "Kimyo",
    frequent: [
      t("fertilizers", "удобрения", "oʻgʻitlar", "ўғитлар", "gübrələr"),
      t("ammonium nitrate", "аммиачная селитра", "ammiakli selitra", "аммиакли селитра", "ammonium şorası"),
      t("urea", "карбамид", "karbamid", "карбамид", "karbamid"),
    ],
    rare: [
      t("superphosphate", "суперфосфат", "superfosfat", "суперфосфат", "superfosfat"),
      t("caustic soda", "каустическая сода", "kaustik soda", "каустик сода", "kaustik soda"),
    ],
  },
  {
    sectors: ["24", "25"],
    hsChapters: ["72", "73", "74", "76"],
    nameWord: "Metall",
    frequent: [
      t("aluminium", "алюминий", "alyuminiy", "алюминий", "alüminium"),
      t("steel pipes", "стальные трубы", "poʻlat quvurlar", "пўлат қувурлар", "polad borular"),
      t("rebar", "арматура", "armatura", "арматура", "armatur"),
      t("copper wire", "медная проволока", "mis sim", "мис сим", "mis məftil"),
    ],
    rare: [
      t("aluminium profiles", "алюминиевый профиль", "alyuminiy profil", "алюминий профил", "alüminium profil"),
      t("galvanized sheet", "оцинкованный лист", "ruxlangan list", "рухланган лист", "sinklənmiş təbəqə"),
    ],
  },
  {
    sectors: ["21"],
    hsChapters: ["30"],
    nameWord: "Farm",
    frequent: [
      t("medicines", "лекарства", "dori vositalari", "дори воситалари", "dərman vasitələri"),
      t("tablets", "таблетки", "tabletkalar", "таблеткалар", "həblər"),
      t("syringes", "шприцы", "shpritslar", "шприцлар", "şprislər"),
    ],
    rare: [
      t("infusion solutions", "инфузионные растворы", "infuziya eritmalari", "инфузия эритмалари", "infuziya məhlulları"),
      t("herbal medicines", "фитопрепараты", "oʻsimlik preparatlari", "ўсимлик препаратлари", "bitki preparatları"),
    ],
  },
  {
    sectors: ["29"],
    hsChapters: ["87"],
    nameWord: "Avto",
    frequent: [
      t("car parts", "автозапчасти", "avtomobil ehtiyot qismlari", "автомобил эҳтиёт қисмлари", "avtomobil ehtiyat hissələri"),
      t("trucks", "грузовики", "yuk mashinalari", "юк машиналари", "yük maşınları"),
      t("buses", "автобусы", "avtobuslar", "автобуслар", "avtobuslar"),
    ],
    rare: [
      t("tractor trailers", "прицепы", "tirkamalar", "тиркамалар", "qoşqular"),
      t("car seats", "автомобильные сиденья", "avtomobil oʻrindiqlari", "автомобил ўриндиқлари", "avtomobil oturacaqları"),
    ],
  },
  {
    sectors: ["49", "52"],
    hsChapters: [],
    nameWord: "Trans",
    frequent: [
      t("freight forwarding", "экспедирование грузов", "yuk ekspeditsiyasi", "юк экспедицияси", "yük ekspedisiyası"),
      t("warehouse", "склад", "ombor", "омбор", "anbar"),
      t("rail transport", "железнодорожные перевозки", "temir yoʻl tashish", "темир йўл ташиш", "dəmir yolu daşıması"),
    ],
    rare: [
      t("refrigerated trucks", "рефрижераторы", "muzlatkichli yuk mashinalari", "музлаткичли юк машиналари", "soyuducu maşınlar"),
      t("customs clearance", "таможенное оформление", "bojxona rasmiylashtiruvi", "божхона расмийлаштируви", "gömrük rəsmiləşdirilməsi"),
    ],
  },
  {
    sectors: ["19", "06"],
    hsChapters: ["27"],
    nameWord: "Neft",
    frequent: [
      t("diesel fuel", "дизельное топливо", "dizel yoqilgʻisi", "дизел ёқилғиси", "dizel yanacağı"),
      t("lubricants", "смазочные масла", "surkov moylari", "сурков мойлари", "sürtkü yağları"),
      t("bitumen", "битум", "bitum", "битум", "bitum"),
    ],
    rare: [
      t("liquefied gas", "сжиженный газ", "suyultirilgan gaz", "суюлтирилган газ", "mayeləşdirilmiş qaz"),
    ],
  },
  {
    sectors: ["31", "16"],
    hsChapters: ["44", "94"],
    nameWord: "Mebel",
    frequent: [
      t("furniture", "мебель", "mebel", "мебел", "mebel"),
      t("office chairs", "офисные кресла", "ofis kreslolari", "офис креслолари", "ofis kresloları"),
      t("plywood", "фанера", "fanera", "фанера", "faner"),
    ],
    rare: [
      t("kitchen cabinets", "кухонные гарнитуры", "oshxona mebeli", "ошхона мебели", "mətbəx mebeli"),
    ],
  },
  {
    sectors: ["27"],
    hsChapters: ["85"],
    nameWord: "Elektro",
    frequent: [
      t("cables", "кабели", "kabellar", "кабеллар", "kabellər"),
      t("transformers", "трансформаторы", "transformatorlar", "трансформаторлар", "transformatorlar"),
      t("electric meters", "электросчётчики", "elektr hisoblagichlari", "электр ҳисоблагичлари", "elektrik sayğacları"),
    ],
    rare: [
      t("solar panels", "солнечные панели", "quyosh panellari", "қуёш панеллари", "günəş panelləri"),
    ],
  },
  {
    sectors: ["22"],
    hsChapters: ["39"],
    nameWord: "Plast",
    frequent: [
      t("plastic packaging", "пластиковая упаковка", "plastik qadoq", "пластик қадоқ", "plastik qablaşdırma"),
      t("polyethylene film", "полиэтиленовая плёнка", "polietilen plyonka", "полиэтилен плёнка", "polietilen təbəqə"),
    ],
    rare: [
      t("pvc windows", "пластиковые окна", "plastik derazalar", "пластик деразалар", "plastik pəncərələr"),
    ],
  },
];

/** Words of every listing regardless of sector: the most frequent words of all. */
export const commonTerms = {
  wholesale: t("wholesale", "оптом", "ulgurji", "улгуржи", "topdan"),
  quality: t("high quality", "высокое качество", "yuqori sifat", "юқори сифат", "yüksək keyfiyyət"),
  supplier: t("supplier", "поставщик", "yetkazib beruvchi", "етказиб берувчи", "təchizatçı"),
  producer: t("producer", "производитель", "ishlab chiqaruvchi", "ишлаб чиқарувчи", "istehsalçı"),
  certified: t("certified", "сертифицировано", "sertifikatlangan", "сертификатланган", "sertifikatlı"),
  delivery: t("delivery", "доставка", "yetkazib berish", "етказиб бериш", "çatdırılma"),
  partner: t("long-term partner", "долгосрочный партнёр", "uzoq muddatli hamkor", "узоқ муддатли ҳамкор", "uzunmüddətli tərəfdaş"),
  price: t("competitive price", "конкурентная цена", "raqobatbardosh narx", "рақобатбардош нарх", "rəqabətli qiymət"),
} as const;

/** How an offer, a request and a joint project begin and end, per writing. */
export const phrases: Record<"offer" | "request" | "joint-project", Term> = {
  offer: t("We produce and export", "Производим и экспортируем", "Ishlab chiqaramiz va eksport qilamiz", "Ишлаб чиқарамиз ва экспорт қиламиз", "İstehsal edirik və ixrac edirik"),
  request: t("We are looking for", "Ищем поставщиков:", "Yetkazib beruvchilarni qidiryapmiz:", "Етказиб берувчиларни қидиряпмиз:", "Təchizatçı axtarırıq:"),
  "joint-project": t("Joint production of", "Совместное производство:", "Qoʻshma ishlab chiqarish:", "Қўшма ишлаб чиқариш:", "Birgə istehsal:"),
};

/** Parts of company names: Uzbek and Azerbaijani proper words, and legal forms. */
export const namePrefixes = {
  UZ: ["Oltin", "Zarafshon", "Baraka", "Navroʻz", "Sharq", "Yangi Asr", "Buyuk Ipak Yoʻli", "Mustahkam", "Nur", "Bunyod", "Samo", "Orzu", "Istiqlol", "Qamar", "Farovon"],
  AZ: ["Xəzər", "Qafqaz", "Şirvan", "Abşeron", "Kür", "Araz", "Günəş", "Odlar", "Qarabağ", "Zəfər", "Bərəkət", "Ulduz", "Çinar", "Sahil", "İnam"],
} as const;
export const legalForms = { UZ: ["MChJ", "AJ", "XK", "LLC"], AZ: ["MMC", "ASC", "QSC", "LLC"] } as const;
