import type { ProjectStage } from "@karvon/data";
import type { CompanyThemeCode } from "./company-themes";

/**
 * What demo companies offer, seek and build together: one theme per product or service, with a title and a
 * sentence in English, Russian, Uzbek (Latin and Cyrillic) and Azerbaijani, so search can be tried in every
 * language and script. Each theme names the kinds of demo company (company-themes.ts) that offer it and that seek
 * it, so a cable plant asks for copper rod and a supermarket chain for tea — not the other way round.
 */
export type ThemeText = { en: string; ru: string; uz: string; uzCyrl: string; az: string };
export type ThemeSide = { title: ThemeText; description: ThemeText };

/** A joint project of a theme: the venture, what the partner brings, the capital needed (US dollars), its stage. */
export type ProjectTheme = ThemeSide & {
  partnerRole: ThemeText;
  capitalUsd: number;
  stage: ProjectStage;
  cooperationKinds: string[];
  /** Who publishes it (default: the companies that offer the theme). */
  by?: readonly CompanyThemeCode[];
};

export type ListingTheme = {
  key: string;
  /** HS chapters and ISIC divisions of the listings, codes of @karvon/data. */
  hsChapters: string[];
  sectors: string[];
  cooperationKinds: string[];
  /** The range of quantities offered or sought (a unit of @karvon/data); none for services. */
  quantity?: { unit: string; min: number; max: number };
  offeredBy: readonly CompanyThemeCode[];
  soughtBy: readonly CompanyThemeCode[];
  /** Where buyers import it from today, when the request says so (else a few third countries, for goods only). */
  importedFrom?: readonly string[];
  offer: ThemeSide;
  request: ThemeSide;
  project?: ProjectTheme;
};

const t = (en: string, ru: string, uz: string, uzCyrl: string, az: string): ThemeText => ({ en, ru, uz, uzCyrl, az });

export const listingThemes: readonly ListingTheme[] = [
  {
    key: "cotton-yarn", hsChapters: ["52"], sectors: ["13"], cooperationKinds: ["supply", "distribution"],
    quantity: { unit: "t", min: 20, max: 500 },
    offeredBy: ["cotton"], soughtBy: ["cotton", "silk"],
    offer: {
      title: t("Cotton yarn Ne 20–30 for export", "Хлопковая пряжа Ne 20–30 на экспорт", "Paxta kalavasi Ne 20–30 eksportga", "Пахта калаваси Ne 20–30 экспортга", "İxrac üçün pambıq ipliyi Ne 20–30"),
      description: t("Carded and combed cotton yarn from our own spinning mill, steady monthly volumes.", "Кардная и гребённая хлопковая пряжа собственного прядильного производства, стабильные ежемесячные объёмы.", "Oʻz yigiruv fabrikamizda ishlab chiqarilgan karda va tarama paxta kalavasi, har oy barqaror hajmda.", "Ўз йигирув фабрикамизда ишлаб чиқарилган карда ва тарама пахта калаваси, ҳар ой барқарор ҳажмда.", "Öz əyirmə fabrikimizdə istehsal olunan daraqlı pambıq ipliyi, hər ay sabit həcmdə."),
    },
    request: {
      title: t("We buy cotton yarn for knitting", "Купим хлопковую пряжу для трикотажа", "Trikotaj uchun paxta kalavasi sotib olamiz", "Трикотаж учун пахта калаваси сотиб оламиз", "Trikotaj üçün pambıq ipliyi alırıq"),
      description: t("Knitwear factory looking for a regular supplier of cotton yarn.", "Трикотажная фабрика ищет постоянного поставщика хлопковой пряжи.", "Trikotaj fabrikasi paxta kalavasining doimiy yetkazib beruvchisini qidirmoqda.", "Трикотаж фабрикаси пахта калавасининг доимий етказиб берувчисини қидирмоқда.", "Trikotaj fabriki pambıq ipliyinin daimi tədarükçüsünü axtarır."),
    },
  },
  {
    key: "textiles", hsChapters: ["63", "61"], sectors: ["13", "14"], cooperationKinds: ["manufacturing", "distribution"],
    quantity: { unit: "pcs", min: 5_000, max: 200_000 },
    offeredBy: ["cotton"], soughtBy: ["trade"],
    offer: {
      title: t("Home textiles and knitwear", "Домашний текстиль и трикотаж", "Uy toʻqimachilik mahsulotlari va trikotaj", "Уй тўқимачилик маҳсулотлари ва трикотаж", "Ev tekstili və trikotaj"),
      description: t("Towels, bed linen and T-shirts; we also sew under your brand.", "Полотенца, постельное бельё и футболки; шьём и под вашей маркой.", "Sochiqlar, choyshablar va futbolkalar; sizning brendingiz ostida ham tikamiz.", "Сочиқлар, чойшаблар ва футболкалар; сизнинг брендингиз остида ҳам тикамиз.", "Dəsmallar, yataq dəstləri və futbolkalar; sizin brendinizlə də tikirik."),
    },
    request: {
      title: t("Looking for a textile producer for our stores", "Ищем производителя текстиля для наших магазинов", "Doʻkonlarimiz uchun toʻqimachilik ishlab chiqaruvchisini qidiryapmiz", "Дўконларимиз учун тўқимачилик ишлаб чиқарувчисини қидиряпмиз", "Mağazalarımız üçün tekstil istehsalçısı axtarırıq"),
      description: t("Retail chain seeking towels and bed linen under private label.", "Розничная сеть ищет полотенца и постельное бельё под собственной маркой.", "Chakana savdo tarmogʻi oʻz brendi ostida sochiq va choyshab qidirmoqda.", "Чакана савдо тармоғи ўз бренди остида сочиқ ва чойшаб қидирмоқда.", "Pərakəndə şəbəkə öz brendi ilə dəsmal və yataq dəstləri axtarır."),
    },
    project: {
      title: t("Joint textile cluster, from fibre to garment", "Совместный текстильный кластер: от волокна до одежды", "Qoʻshma toʻqimachilik klasteri: toladan tayyor kiyimgacha", "Қўшма тўқимачилик кластери: толадан тайёр кийимгача", "Birgə tekstil klasteri: lifdən hazır geyimə qədər"),
      description: t("Spinning, knitting, dyeing and sewing on one site: 5,000 t of yarn and 12 million garments a year.", "Прядение, вязание, крашение и пошив на одной площадке: 5 000 т пряжи и 12 млн изделий в год.", "Bir maydonda yigiruv, trikotaj, boʻyash va tikuv: yiliga 5 000 t kalava va 12 mln dona kiyim.", "Бир майдонда йигирув, трикотаж, бўяш ва тикув: йилига 5 000 т калава ва 12 млн дона кийим.", "Bir meydançada əyirmə, toxuma, boyama və tikiş: ildə 5 000 t iplik və 12 mln ədəd geyim."),
      partnerRole: t("A garment brand or retailer to take the output and invest in the sewing lines.", "Марка одежды или ритейлер, который выкупит продукцию и вложится в швейные линии.", "Mahsulotni sotib oladigan va tikuv liniyalariga sarmoya kiritadigan kiyim brendi yoki chakana savdo kompaniyasi.", "Маҳсулотни сотиб оладиган ва тикув линияларига сармоя киритадиган кийим бренди ёки чакана савдо компанияси.", "Məhsulu alacaq və tikiş xətlərinə sərmayə qoyacaq geyim brendi və ya pərakəndə şirkət."),
      capitalUsd: 35_000_000, stage: "business-plan", cooperationKinds: ["joint-venture", "investment"],
    },
  },
  {
    key: "silk", hsChapters: ["50"], sectors: ["13"], cooperationKinds: ["supply", "joint-venture"],
    quantity: { unit: "kg", min: 100, max: 5_000 },
    offeredBy: ["silk"], soughtBy: ["silk"],
    offer: {
      title: t("Raw silk and silk fabric", "Шёлк-сырец и шёлковые ткани", "Xom ipak va ipak matolar", "Хом ипак ва ипак матолар", "Xam ipək və ipək parçalar"),
      description: t("Natural silk from our own cocoons; hand-woven atlas and adras.", "Натуральный шёлк из собственных коконов; атлас и адрас ручной работы.", "Oʻz pillamizdan tabiiy ipak; qoʻlda toʻqilgan atlas va adras.", "Ўз пилламиздан табиий ипак; қўлда тўқилган атлас ва адрас.", "Öz baramamızdan təbii ipək; əl ilə toxunmuş atlas və adras."),
    },
    request: {
      title: t("Silk cocoons wanted", "Нужны коконы шелкопряда", "Ipak pillasi kerak", "Ипак пилласи керак", "İpək baraması lazımdır"),
      description: t("Silk mill buying fresh and dried cocoons for the next season.", "Шёлкомотальная фабрика закупает свежие и сушёные коконы на следующий сезон.", "Ipak fabrikasi keyingi mavsum uchun yangi va quritilgan pilla sotib oladi.", "Ипак фабрикаси кейинги мавсум учун янги ва қуритилган пилла сотиб олади.", "İpək fabriki növbəti mövsüm üçün təzə və qurudulmuş barama alır."),
    },
    project: {
      title: t("Sericulture cluster: from mulberry to silk", "Шелководческий кластер: от шелковицы до шёлка", "Pillachilik klasteri: tutdan ipakkacha", "Пиллачилик кластери: тутдан ипаккача", "İpəkçilik klasteri: tutdan ipəyə"),
      description: t("Mulberry plantations, silkworm rearing with farmers and a reeling mill for 300 t of cocoons a year.", "Плантации шелковицы, выкормка шелкопряда с фермерами и кокономотальная фабрика на 300 т коконов в год.", "Tut plantatsiyalari, fermerlar bilan ipak qurti boqish va yiliga 300 t pillaga moʻljallangan chuvish fabrikasi.", "Тут плантациялари, фермерлар билан ипак қурти боқиш ва йилига 300 т пиллага мўлжалланган чувиш фабрикаси.", "Tut plantasiyaları, fermerlərlə ipəkqurdu bəsləmə və ildə 300 t barama üçün barama açma fabriki."),
      partnerRole: t("A partner with sericulture know-how and silkworm eggs, sharing the investment.", "Партнёр с опытом шелководства и греной, разделяющий инвестиции.", "Pillachilik tajribasi va ipak qurti urugʻiga ega, sarmoyani baham koʻradigan hamkor.", "Пиллачилик тажрибаси ва ипак қурти уруғига эга, сармояни баҳам кўрадиган ҳамкор.", "İpəkçilik təcrübəsi və ipəkqurdu toxumu olan, investisiyanı bölüşən tərəfdaş."),
      capitalUsd: 6_000_000, stage: "feasibility-study", cooperationKinds: ["joint-venture", "technology-transfer"],
    },
  },
  {
    key: "fruit", hsChapters: ["08", "07"], sectors: ["01"], cooperationKinds: ["supply"],
    quantity: { unit: "t", min: 20, max: 2_000 },
    offeredBy: ["fruit"], soughtBy: ["trade"],
    offer: {
      title: t("Fresh fruit and vegetables", "Свежие фрукты и овощи", "Yangi meva va sabzavotlar", "Янги мева ва сабзавотлар", "Təzə meyvə və tərəvəz"),
      description: t("Apricots, grapes, cherries, tomatoes; refrigerated trucks, all year.", "Абрикосы, виноград, черешня, томаты; рефрижераторы круглый год.", "Oʻrik, uzum, gilos, pomidor; refrijerator yuk mashinalarida yil boʻyi.", "Ўрик, узум, гилос, помидор; рефрижератор юк машиналарида йил бўйи.", "Ərik, üzüm, gilas, pomidor; soyuducu maşınlarla il boyu."),
    },
    request: {
      title: t("Importing fruit and vegetables", "Импортируем фрукты и овощи", "Meva va sabzavot import qilamiz", "Мева ва сабзавот импорт қиламиз", "Meyvə və tərəvəz idxal edirik"),
      description: t("Wholesale buyer for supermarkets: regular deliveries of fresh produce.", "Оптовый покупатель для супермаркетов: регулярные поставки свежей продукции.", "Supermarketlar uchun ulgurji xaridor: yangi mahsulotlarni muntazam yetkazib berish.", "Супермаркетлар учун улгуржи харидор: янги маҳсулотларни мунтазам етказиб бериш.", "Supermarketlər üçün topdan alıcı: təzə məhsulların müntəzəm tədarükü."),
    },
    project: {
      title: t("Cold store and packing house", "Холодильный склад и упаковочный цех", "Sovutgich ombori va qadoqlash sexi", "Совутгич омбори ва қадоқлаш цехи", "Soyuducu anbar və qablaşdırma sexi"),
      description: t("A controlled-atmosphere store for 10,000 t with sorting and packing lines near the orchards.", "Склад с регулируемой атмосферой на 10 000 т с линиями сортировки и упаковки рядом с садами.", "Bogʻlar yonida saralash va qadoqlash liniyalariga ega 10 000 tonnalik boshqariladigan muhitli ombor.", "Боғлар ёнида саралаш ва қадоқлаш линияларига эга 10 000 тонналик бошқариладиган муҳитли омбор.", "Bağların yanında çeşidləmə və qablaşdırma xətləri olan 10 000 tonluq tənzimlənən atmosferli anbar."),
      partnerRole: t("A buyer or investor to co-finance the store and take fruit under long-term contracts.", "Покупатель или инвестор, который софинансирует склад и возьмёт фрукты по долгосрочным контрактам.", "Omborni birgalikda moliyalashtiradigan va uzoq muddatli shartnomalar asosida meva oladigan xaridor yoki investor.", "Омборни биргаликда молиялаштирадиган ва узоқ муддатли шартномалар асосида мева оладиган харидор ёки инвестор.", "Anbarı birgə maliyyələşdirəcək və uzunmüddətli müqavilələrlə meyvə alacaq alıcı və ya investor."),
      capitalUsd: 7_500_000, stage: "business-plan", cooperationKinds: ["joint-venture", "investment"],
    },
  },
  {
    key: "dried-fruit", hsChapters: ["08", "20"], sectors: ["10"], cooperationKinds: ["supply", "distribution"],
    quantity: { unit: "t", min: 5, max: 300 },
    offeredBy: ["fruit"], soughtBy: ["food"],
    offer: {
      title: t("Dried fruit and nuts", "Сухофрукты и орехи", "Quritilgan mevalar va yongʻoqlar", "Қуритилган мевалар ва ёнғоқлар", "Quru meyvələr və qoz-fındıq"),
      description: t("Raisins, dried apricots, walnuts and almonds, packed to order.", "Изюм, курага, грецкие орехи и миндаль, фасовка по заказу.", "Mayiz, turshak, yongʻoq va bodom, buyurtma boʻyicha qadoqlanadi.", "Майиз, туршак, ёнғоқ ва бодом, буюртма бўйича қадоқланади.", "Kişmiş, quru ərik, qoz və badam, sifarişlə qablaşdırılır."),
    },
    request: {
      title: t("Hazelnuts and dried fruit for confectionery", "Фундук и сухофрукты для кондитерского производства", "Qandolatchilik uchun findiq va quruq mevalar", "Қандолатчилик учун фундуқ ва қуруқ мевалар", "Qənnadı istehsalı üçün fındıq və quru meyvələr"),
      description: t("Confectionery plant buying hazelnut kernels and raisins.", "Кондитерская фабрика закупает ядро фундука и изюм.", "Qandolat fabrikasi findiq magʻzi va mayiz sotib oladi.", "Қандолат фабрикаси фундуқ мағзи ва майиз сотиб олади.", "Qənnadı fabriki fındıq ləpəsi və kişmiş alır."),
    },
  },
  {
    key: "fertilizers", hsChapters: ["31"], sectors: ["20"], cooperationKinds: ["supply"],
    quantity: { unit: "t", min: 500, max: 20_000 },
    offeredBy: ["fertilizers"], soughtBy: ["fruit", "cotton"],
    offer: {
      title: t("Nitrogen and phosphate fertilizers", "Азотные и фосфорные удобрения", "Azotli va fosforli oʻgʻitlar", "Азотли ва фосфорли ўғитлар", "Azot və fosfor gübrələri"),
      description: t("Urea, ammonium nitrate and ammophos in bags or in bulk.", "Карбамид, аммиачная селитра и аммофос в мешках или навалом.", "Karbamid, ammiakli selitra va ammofos qoplarda yoki sochma holda.", "Карбамид, аммиакли селитра ва аммофос қопларда ёки сочма ҳолда.", "Karbamid, ammonium şorası və ammofos kisələrdə və ya tökmə halında."),
    },
    request: {
      title: t("Fertilizers for the spring season", "Удобрения к весеннему сезону", "Bahorgi mavsum uchun oʻgʻitlar", "Баҳорги мавсум учун ўғитлар", "Yaz mövsümü üçün gübrələr"),
      description: t("Agricultural cooperative buying urea and ammophos.", "Сельхозкооператив закупает карбамид и аммофос.", "Qishloq xoʻjaligi kooperativi karbamid va ammofos sotib oladi.", "Қишлоқ хўжалиги кооперативи карбамид ва аммофос сотиб олади.", "Kənd təsərrüfatı kooperativi karbamid və ammofos alır."),
    },
    project: {
      title: t("Fertilizer blending and packing plant", "Завод смешивания и фасовки удобрений", "Oʻgʻitlarni aralashtirish va qadoqlash zavodi", "Ўғитларни аралаштириш ва қадоқлаш заводи", "Gübrələrin qarışdırılması və qablaşdırılması zavodu"),
      description: t("NPK blends made to soil tests for cotton, wheat and orchards: 150,000 t a year, close to the farms.", "NPK-смеси под анализы почв для хлопка, пшеницы и садов: 150 000 т в год рядом с хозяйствами.", "Paxta, bugʻdoy va bogʻlar uchun tuproq tahlili asosida NPK aralashmalari: xoʻjaliklar yonida yiliga 150 000 t.", "Пахта, буғдой ва боғлар учун тупроқ таҳлили асосида NPK аралашмалари: хўжаликлар ёнида йилига 150 000 т.", "Pambıq, buğda və bağlar üçün torpaq analizinə əsasən NPK qarışıqları: təsərrüfatların yanında ildə 150 000 t."),
      partnerRole: t("A distributor with a network of farms to co-invest and sell the blends.", "Дистрибьютор с сетью хозяйств, который вложится и будет продавать смеси.", "Fermer xoʻjaliklari tarmogʻiga ega, sarmoya kiritib aralashmalarni sotadigan distribyutor.", "Фермер хўжаликлари тармоғига эга, сармоя киритиб аралашмаларни сотадиган дистрибьютор.", "Fermer təsərrüfatları şəbəkəsi olan, sərmayə qoyub qarışıqları satacaq distribyutor."),
      capitalUsd: 9_000_000, stage: "feasibility-study", cooperationKinds: ["joint-venture", "distribution"],
    },
  },
  {
    key: "cement", hsChapters: ["25", "68"], sectors: ["23"], cooperationKinds: ["supply", "distribution"],
    quantity: { unit: "t", min: 1_000, max: 50_000 },
    offeredBy: ["construction"], soughtBy: ["trade"],
    offer: {
      title: t("Cement and building materials", "Цемент и строительные материалы", "Sement va qurilish materiallari", "Цемент ва қурилиш материаллари", "Sement və tikinti materialları"),
      description: t("Portland cement M400/M500, plasterboard and dry mixes.", "Портландцемент М400/М500, гипсокартон и сухие смеси.", "Portlandsement M400/M500, gipsokarton va quruq qorishmalar.", "Портландцемент М400/М500, гипсокартон ва қуруқ қоришмалар.", "Portlandsement M400/M500, gipskarton və quru qarışıqlar."),
    },
    request: {
      title: t("Building materials for housing projects", "Стройматериалы для жилищного строительства", "Uy-joy qurilishi uchun qurilish materiallari", "Уй-жой қурилиши учун қурилиш материаллари", "Yaşayış tikintisi üçün tikinti materialları"),
      description: t("Building-materials wholesaler buying cement, tiles and plasterboard in volume for developers.", "Оптовый продавец стройматериалов закупает цемент, плитку и гипсокартон крупным оптом для застройщиков.", "Qurilish materiallari ulgurji savdogari quruvchilar uchun sement, kafel va gipsokartonni katta hajmda sotib oladi.", "Қурилиш материаллари улгуржи савдогари қурувчилар учун цемент, кафел ва гипсокартонни катта ҳажмда сотиб олади.", "Tikinti materialları topdan satıcısı tikinti şirkətləri üçün sement, kafel və gipskartonu böyük həcmdə alır."),
    },
    project: {
      title: t("Plasterboard plant", "Завод гипсокартона", "Gipsokarton zavodi", "Гипсокартон заводи", "Gipskarton zavodu"),
      description: t("A line for 20 million m² of plasterboard a year on local gypsum, for both markets and the Caucasus.", "Линия на 20 млн м² гипсокартона в год на местном гипсе — для обоих рынков и Кавказа.", "Mahalliy gips asosida yiliga 20 mln m² gipsokarton ishlab chiqaradigan liniya — ikkala bozor va Kavkaz uchun.", "Маҳаллий гипс асосида йилига 20 млн м² гипсокартон ишлаб чиқарадиган линия — иккала бозор ва Кавказ учун.", "Yerli gips əsasında ildə 20 mln m² gipskarton istehsal edən xətt — hər iki bazar və Qafqaz üçün."),
      partnerRole: t("A building-materials group to bring the technology and a share of the capital.", "Группа производителей стройматериалов, которая даст технологию и часть капитала.", "Texnologiya va kapitalning bir qismini olib keladigan qurilish materiallari guruhi.", "Технология ва капиталнинг бир қисмини олиб келадиган қурилиш материаллари гуруҳи.", "Texnologiya və kapitalın bir hissəsini gətirəcək tikinti materialları qrupu."),
      capitalUsd: 22_000_000, stage: "financing", cooperationKinds: ["joint-venture", "technology-transfer"],
    },
  },
  {
    key: "aluminium", hsChapters: ["76"], sectors: ["24"], cooperationKinds: ["supply", "manufacturing"],
    quantity: { unit: "t", min: 50, max: 3_000 },
    offeredBy: ["aluminium"], soughtBy: ["construction"], importedFrom: ["RU", "CN"],
    offer: {
      title: t("Aluminium profiles and ingots", "Алюминиевые профили и слитки", "Alyuminiy profillar va quymalar", "Алюминий профиллар ва қуймалар", "Alüminium profillər və külçələr"),
      description: t("Window and facade profiles, primary aluminium ingots.", "Оконные и фасадные профили, первичный алюминий в слитках.", "Deraza va fasad profillari, birlamchi alyuminiy quymalari.", "Дераза ва фасад профиллари, бирламчи алюминий қуймалари.", "Pəncərə və fasad profilləri, ilkin alüminium külçələri."),
    },
    request: {
      title: t("Aluminium for window production", "Алюминий для производства окон", "Deraza ishlab chiqarish uchun alyuminiy", "Дераза ишлаб чиқариш учун алюминий", "Pəncərə istehsalı üçün alüminium"),
      description: t("Window maker seeking aluminium profiles; today we import them.", "Производитель окон ищет алюминиевые профили; сейчас мы их импортируем.", "Deraza ishlab chiqaruvchi alyuminiy profillar qidirmoqda; hozir ularni import qilamiz.", "Дераза ишлаб чиқарувчи алюминий профиллар қидирмоқда; ҳозир уларни импорт қиламиз.", "Pəncərə istehsalçısı alüminium profillər axtarır; hazırda onları idxal edirik."),
    },
  },
  {
    key: "pharma", hsChapters: ["30"], sectors: ["21"], cooperationKinds: ["licensing", "distribution", "manufacturing"],
    quantity: { unit: "pcs", min: 10_000, max: 1_000_000 },
    offeredBy: ["pharma"], soughtBy: ["pharma"],
    offer: {
      title: t("Generic medicines, contract manufacturing", "Дженерики, контрактное производство лекарств", "Generik dori vositalari, buyurtma asosida ishlab chiqarish", "Генерик дори воситалари, буюртма асосида ишлаб чиқариш", "Generik dərmanlar, sifarişlə istehsal"),
      description: t("GMP plant producing tablets, capsules and infusion solutions.", "Завод по стандарту GMP: таблетки, капсулы и инфузионные растворы.", "GMP standartidagi zavod: tabletkalar, kapsulalar va infuzion eritmalar.", "GMP стандартидаги завод: таблеткалар, капсулалар ва инфузион эритмалар.", "GMP standartlı zavod: tabletlər, kapsullar və infuziya məhlulları."),
    },
    request: {
      title: t("Distributor seeks pharmaceutical producers", "Дистрибьютор ищет фармпроизводителей", "Distribyutor farmatsevtika ishlab chiqaruvchilarini qidirmoqda", "Дистрибютор фарматсевтика ишлаб чиқарувчиларини қидирмоқда", "Distribyutor əczaçılıq istehsalçıları axtarır"),
      description: t("Pharmacy chain looking for registered generic medicines.", "Аптечная сеть ищет зарегистрированные дженерики.", "Dorixonalar tarmogʻi roʻyxatdan oʻtgan generik dorilarni qidirmoqda.", "Дорихоналар тармоғи рўйхатдан ўтган генерик дориларни қидирмоқда.", "Aptek şəbəkəsi qeydiyyatdan keçmiş generik dərmanlar axtarır."),
    },
    project: {
      title: t("Joint plant for sterile injectables", "Совместный завод стерильных инъекционных препаратов", "Steril inyeksion preparatlar ishlab chiqaradigan qoʻshma zavod", "Стерил инъекцион препаратлар ишлаб чиқарадиган қўшма завод", "Steril inyeksiya preparatları istehsal edən birgə zavod"),
      description: t("GMP plant for ampoules and vials, 60 million units a year, with registration in both countries.", "Завод по GMP для ампул и флаконов, 60 млн единиц в год, с регистрацией в обеих странах.", "Ampula va flakonlar uchun GMP zavodi, yiliga 60 mln dona, ikkala davlatda roʻyxatdan oʻtkazish bilan.", "Ампула ва флаконлар учун GMP заводи, йилига 60 млн дона, иккала давлатда рўйхатдан ўтказиш билан.", "Ampula və flakonlar üçün GMP zavodu, ildə 60 mln ədəd, hər iki ölkədə qeydiyyatla."),
      partnerRole: t("A pharmaceutical company with dossiers and know-how, taking a minority share.", "Фармкомпания с досье и технологиями, которая возьмёт миноритарную долю.", "Dosye va texnologiyalarga ega, ozchilik ulushini oladigan farmatsevtika kompaniyasi.", "Досье ва технологияларга эга, озчилик улушини оладиган фармацевтика компанияси.", "Dosye və texnologiyaları olan, azlıq payı götürəcək əczaçılıq şirkəti."),
      capitalUsd: 15_000_000, stage: "business-plan", cooperationKinds: ["joint-venture", "licensing", "technology-transfer"],
    },
  },  {
    key: "medical-supplies", hsChapters: ["90", "30"], sectors: ["32", "21"], cooperationKinds: ["supply", "distribution"],
    quantity: { unit: "pcs", min: 50_000, max: 2_000_000 },
    offeredBy: ["pharma"], soughtBy: ["pharma"],
    offer: {
      title: t("Medical disposables: syringes, infusion sets, dressings", "Медицинские расходные материалы: шприцы, системы, перевязочные средства", "Tibbiy sarf materiallari: shpritslar, tizimlar, bogʻlov vositalari", "Тиббий сарф материаллари: шприцлар, тизимлар, боғлов воситалари", "Tibbi sərf materialları: şprislər, sistemlər, sarğı vasitələri"),
      description: t("Single-use syringes, infusion sets and sterile dressings made in clean rooms; registered in both countries.", "Одноразовые шприцы, инфузионные системы и стерильные перевязочные материалы из чистых помещений; зарегистрированы в обеих странах.", "Toza xonalarda ishlab chiqarilgan bir martalik shpritslar, infuziya tizimlari va steril bogʻlov materiallari; ikkala davlatda roʻyxatdan oʻtgan.", "Тоза хоналарда ишлаб чиқарилган бир марталик шприцлар, инфузия тизимлари ва стерил боғлов материаллари; иккала давлатда рўйхатдан ўтган.", "Təmiz otaqlarda istehsal olunan birdəfəlik şprislər, infuziya sistemləri və steril sarğı materialları; hər iki ölkədə qeydiyyatdan keçib."),
    },
    request: {
      title: t("Medical disposables for hospitals", "Медицинские расходные материалы для больниц", "Shifoxonalar uchun tibbiy sarf materiallari", "Шифохоналар учун тиббий сарф материаллари", "Xəstəxanalar üçün tibbi sərf materialları"),
      description: t("Distributor supplying 120 hospitals seeks a maker of syringes, catheters and gloves for tenders.", "Дистрибьютор, снабжающий 120 больниц, ищет производителя шприцев, катетеров и перчаток для тендеров.", "120 ta shifoxonani taʼminlovchi distribyutor tenderlar uchun shprits, kateter va qoʻlqop ishlab chiqaruvchisini qidirmoqda.", "120 та шифохонани таъминловчи дистрибьютор тендерлар учун шприц, катетер ва қўлқоп ишлаб чиқарувчисини қидирмоқда.", "120 xəstəxananı təchiz edən distribyutor tenderlər üçün şpris, kateter və əlcək istehsalçısı axtarır."),
    },
  },

  {
    key: "cars", hsChapters: ["87"], sectors: ["29"], cooperationKinds: ["distribution", "joint-venture"],
    quantity: { unit: "pcs", min: 20, max: 1_000 },
    offeredBy: ["cars"], soughtBy: ["cars"],
    offer: {
      title: t("Passenger cars and spare parts", "Легковые автомобили и запчасти", "Yengil avtomobillar va ehtiyot qismlar", "Енгил автомобиллар ва эҳтиёт қисмлар", "Minik avtomobilləri və ehtiyat hissələri"),
      description: t("Dealer network wanted for our cars; spare parts from stock.", "Ищем дилеров для наших автомобилей; запчасти со склада.", "Avtomobillarimiz uchun dilerlar qidiramiz; ehtiyot qismlar ombordan.", "Автомобилларимиз учун дилерлар қидирамиз; эҳтиёт қисмлар омбордан.", "Avtomobillərimiz üçün dilerlər axtarırıq; ehtiyat hissələri anbardan."),
    },
    request: {
      title: t("Car assembly partner wanted", "Ищем партнёра по сборке автомобилей", "Avtomobil yigʻish boʻyicha hamkor kerak", "Автомобил йиғиш бўйича ҳамкор керак", "Avtomobil yığılması üzrə tərəfdaş axtarılır"),
      description: t("Joint assembly of light commercial vehicles for the regional market.", "Совместная сборка лёгких коммерческих автомобилей для регионального рынка.", "Mintaqaviy bozor uchun yengil tijorat avtomobillarini birgalikda yigʻish.", "Минтақавий бозор учун енгил тижорат автомобилларини биргаликда йиғиш.", "Regional bazar üçün yüngül kommersiya avtomobillərinin birgə yığılması."),
    },
    project: {
      title: t("Second line of a joint car assembly plant", "Вторая линия совместного автосборочного завода", "Qoʻshma avtomobil yigʻish zavodining ikkinchi liniyasi", "Қўшма автомобил йиғиш заводининг иккинчи линияси", "Birgə avtomobil yığım zavodunun ikinci xətti"),
      description: t("10,000 more cars a year, welding and paint shops, and local seats, glass and wiring harnesses.", "Ещё 10 000 автомобилей в год, цеха сварки и окраски, локализация сидений, стёкол и жгутов проводов.", "Yiliga yana 10 000 ta avtomobil, payvandlash va boʻyash sexlari, oʻrindiq, oyna va sim jgutlarini mahalliylashtirish.", "Йилига яна 10 000 та автомобил, пайвандлаш ва бўяш цехлари, ўриндиқ, ойна ва сим жгутларини маҳаллийлаштириш.", "İldə daha 10 000 avtomobil, qaynaq və boya sexləri, oturacaq, şüşə və naqil dəstələrinin yerliləşdirilməsi."),
      partnerRole: t("Component makers to set up next to the plant, and an investor for the paint shop.", "Производители комплектующих, готовые разместиться рядом с заводом, и инвестор для окрасочного цеха.", "Zavod yonida joylashishga tayyor butlovchi qismlar ishlab chiqaruvchilari va boʻyash sexi uchun investor.", "Завод ёнида жойлашишга тайёр бутловчи қисмлар ишлаб чиқарувчилари ва бўяш цехи учун инвестор.", "Zavodun yanında yerləşməyə hazır komponent istehsalçıları və boya sexi üçün investor."),
      capitalUsd: 40_000_000, stage: "construction", cooperationKinds: ["joint-venture", "investment", "manufacturing"],
    },
  },
  {
    key: "logistics", hsChapters: [], sectors: ["49", "52"], cooperationKinds: ["logistics"],
    quantity: { unit: "t", min: 100, max: 5_000 },
    offeredBy: ["logistics", "shipping"],
    soughtBy: ["cotton", "fertilizers", "construction", "chemicals", "copper", "leather", "trade"],
    offer: {
      title: t("Freight via the Middle Corridor", "Грузоперевозки по Среднему коридору", "Oʻrta yoʻlak orqali yuk tashish", "Ўрта йўлак орқали юк ташиш", "Orta Dəhliz ilə yükdaşıma"),
      description: t("Rail, ferry across the Caspian and trucks: Tashkent–Alat–Europe, door to door.", "Железная дорога, паром через Каспий и автотранспорт: Ташкент–Алят–Европа, от двери до двери.", "Temir yoʻl, Kaspiy orqali parom va avtotransport: Toshkent–Olat–Yevropa, eshikdan eshikkacha.", "Темир йўл, Каспий орқали паром ва автотранспорт: Тошкент–Олат–Европа, эшикдан эшиккача.", "Dəmir yolu, Xəzərdən bərə və avtomobil: Daşkənd–Ələt–Avropa, qapıdan qapıya."),
    },
    request: {
      title: t("Forwarder wanted for regular shipments", "Нужен экспедитор для регулярных отправок", "Muntazam joʻnatmalar uchun ekspeditor kerak", "Мунтазам жўнатмалар учун экспедитор керак", "Müntəzəm göndərişlər üçün ekspeditor lazımdır"),
      description: t("Exporter needs rail and ferry freight to the Caspian ports every month.", "Экспортёру нужны ежемесячные ж/д и паромные перевозки до портов Каспия.", "Eksportchiga har oy Kaspiy portlarigacha temir yoʻl va parom tashuvi kerak.", "Экспортчига ҳар ой Каспий портларигача темир йўл ва паром ташуви керак.", "İxracatçıya hər ay Xəzər limanlarınadək dəmir yolu və bərə daşıması lazımdır."),
    },
    project: {
      title: t("Terminal and bonded warehouse at a Caspian port", "Терминал и таможенный склад в каспийском порту", "Kaspiy portida terminal va bojxona ombori", "Каспий портида терминал ва божхона омбори", "Xəzər limanında terminal və gömrük anbarı"),
      description: t("A 30,000 m² terminal with rail sidings and cold rooms for Central Asian cargo on the Middle Corridor.", "Терминал 30 000 м² с ж/д подъездными путями и холодильными камерами для грузов Центральной Азии на Среднем коридоре.", "Oʻrta yoʻlakdagi Markaziy Osiyo yuklari uchun temir yoʻl shoxobchalari va sovutish kameralariga ega 30 000 m² li terminal.", "Ўрта йўлакдаги Марказий Осиё юклари учун темир йўл шохобчалари ва совутиш камераларига эга 30 000 м² ли терминал.", "Orta Dəhlizdə Mərkəzi Asiya yükləri üçün dəmir yolu döngələri və soyuducu kameraları olan 30 000 m²-lik terminal."),
      partnerRole: t("A port operator or exporter to co-invest and book capacity for ten years.", "Портовый оператор или экспортёр, который вложится и забронирует мощности на десять лет.", "Sarmoya kiritib, quvvatlarni oʻn yilga band qiladigan port operatori yoki eksportchi.", "Сармоя киритиб, қувватларни ўн йилга банд қиладиган порт оператори ёки экспортчи.", "Sərmayə qoyub gücləri on illik bron edəcək liman operatoru və ya ixracatçı."),
      capitalUsd: 28_000_000, stage: "feasibility-study", cooperationKinds: ["joint-venture", "investment", "logistics"], by: ["logistics"],
    },
  },  {
    key: "cold-chain", hsChapters: [], sectors: ["49", "52"], cooperationKinds: ["logistics"],
    quantity: { unit: "pallet", min: 20, max: 600 },
    offeredBy: ["logistics"], soughtBy: ["fruit", "pharma", "food", "beverages"],
    offer: {
      title: t("Refrigerated transport and cold storage", "Рефрижераторные перевозки и холодильное хранение", "Refrijerator tashuvi va sovutgichli saqlash", "Рефрижератор ташуви ва совутгичли сақлаш", "Refrijerator daşımaları və soyuducu anbarda saxlama"),
      description: t("Temperature-controlled trucks from +25 to −25 °C with online tracking; a cold store near the border crossing.", "Рефрижераторы с режимом от +25 до −25 °C и онлайн-мониторингом; холодильный склад у пограничного перехода.", "+25 dan −25 °C gacha rejimli, onlayn kuzatuvli refrijeratorlar; chegara oʻtish joyi yonida sovutgichli ombor.", "+25 дан −25 °C гача режимли, онлайн кузатувли рефрижераторлар; чегара ўтиш жойи ёнида совутгичли омбор.", "+25-dən −25 °C-dək rejimli, onlayn izləməli refrijeratorlar; sərhəd keçid məntəqəsinin yanında soyuducu anbar."),
    },
    request: {
      title: t("Refrigerated trucks for our deliveries", "Нужны рефрижераторы для наших поставок", "Yetkazib berishlarimiz uchun refrijeratorlar kerak", "Етказиб беришларимиз учун рефрижераторлар керак", "Tədarüklərimiz üçün refrijeratorlar lazımdır"),
      description: t("Two to four refrigerated trucks a week across the Caspian, with a temperature log for every trip.", "Два–четыре рефрижератора в неделю через Каспий, с журналом температуры на каждый рейс.", "Har hafta Kaspiy orqali ikkitadan toʻrttagacha refrijerator, har bir reys uchun harorat jurnali bilan.", "Ҳар ҳафта Каспий орқали иккитадан тўрттагача рефрижератор, ҳар бир рейс учун ҳарорат журнали билан.", "Hər həftə Xəzər üzərindən iki-dörd refrijerator, hər reys üçün temperatur jurnalı ilə."),
    },
  },

  {
    key: "solar", hsChapters: ["85"], sectors: ["35", "27"], cooperationKinds: ["investment", "joint-venture", "technology-transfer"],
    quantity: { unit: "pcs", min: 500, max: 20_000 },
    offeredBy: ["electrical"], soughtBy: ["aluminium", "fertilizers", "copper", "chemicals"],
    offer: {
      title: t("Solar panels and installation", "Солнечные панели и монтаж", "Quyosh panellari va oʻrnatish", "Қуёш панеллари ва ўрнатиш", "Günəş panelləri və quraşdırma"),
      description: t("Turnkey solar power plants for factories and farms.", "Солнечные электростанции под ключ для заводов и ферм.", "Zavod va fermalar uchun kalit topshiriladigan quyosh elektr stansiyalari.", "Завод ва фермалар учун калит топшириладиган қуёш электр станциялари.", "Zavod və fermalar üçün açar təhvil günəş elektrik stansiyaları."),
    },
    request: {
      title: t("Partner for a green energy project", "Партнёр для проекта зелёной энергетики", "Yashil energetika loyihasi uchun hamkor", "Яшил энергетика лойиҳаси учун ҳамкор", "Yaşıl enerji layihəsi üçün tərəfdaş"),
      description: t("We seek equipment and an investor for a 20 MW solar plant.", "Ищем оборудование и инвестора для солнечной станции на 20 МВт.", "20 MVt quyosh stansiyasi uchun uskunalar va investor qidiryapmiz.", "20 МВт қуёш станцияси учун ускуналар ва инвестор қидиряпмиз.", "20 MVt günəş stansiyası üçün avadanlıq və investor axtarırıq."),
    },
    project: {
      title: t("Plant for solar panel components", "Завод компонентов солнечных панелей", "Quyosh panellari butlovchi qismlari zavodi", "Қуёш панеллари бутловчи қисмлари заводи", "Günəş paneli komponentləri zavodu"),
      description: t("Aluminium frames, junction boxes and panel assembly, 500 MW a year, for the green energy corridor.", "Алюминиевые рамки, распределительные коробки и сборка панелей на 500 МВт в год для коридора зелёной энергии.", "Alyuminiy ramkalar, ulanish qutilari va panellarni yigʻish, yiliga 500 MVt, yashil energiya yoʻlagi uchun.", "Алюминий рамкалар, уланиш қутилари ва панелларни йиғиш, йилига 500 МВт, яшил энергия йўлаги учун.", "Alüminium çərçivələr, birləşmə qutuları və panellərin yığılması, ildə 500 MVt, yaşıl enerji dəhlizi üçün."),
      partnerRole: t("A solar manufacturer to license its cell technology and buy the output.", "Производитель солнечных модулей, который даст лицензию на технологию и выкупит продукцию.", "Texnologiyaga litsenziya beradigan va mahsulotni sotib oladigan quyosh modullari ishlab chiqaruvchisi.", "Технологияга лицензия берадиган ва маҳсулотни сотиб оладиган қуёш модуллари ишлаб чиқарувчиси.", "Texnologiyasına lisenziya verəcək və məhsulu alacaq günəş modulları istehsalçısı."),
      capitalUsd: 32_000_000, stage: "business-plan", cooperationKinds: ["joint-venture", "technology-transfer", "investment"],
    },
  },
  {
    key: "carpets", hsChapters: ["57"], sectors: ["13"], cooperationKinds: ["distribution", "supply"],
    quantity: { unit: "m2", min: 100, max: 5_000 },
    offeredBy: ["silk"], soughtBy: ["trade"],
    offer: {
      title: t("Hand-woven carpets", "Ковры ручной работы", "Qoʻlda toʻqilgan gilamlar", "Қўлда тўқилган гиламлар", "Əl toxuması xalçalar"),
      description: t("Wool and silk carpets from family workshops, custom sizes.", "Шерстяные и шёлковые ковры из семейных мастерских, любые размеры.", "Oilaviy ustaxonalardan jun va ipak gilamlar, istalgan oʻlchamda.", "Оилавий устахоналардан жун ва ипак гиламлар, исталган ўлчамда.", "Ailə emalatxanalarından yun və ipək xalçalar, istənilən ölçüdə."),
    },
    request: {
      title: t("Carpets for our showrooms", "Ковры для наших салонов", "Koʻrgazma zallarimiz uchun gilamlar", "Кўргазма залларимиз учун гиламлар", "Salonlarımız üçün xalçalar"),
      description: t("Interior retailer buying hand-made carpets and kilims.", "Интерьерный ритейлер закупает ковры и килимы ручной работы.", "Interyer doʻkoni qoʻlda toʻqilgan gilam va kilimlarni sotib oladi.", "Интерьер дўкони қўлда тўқилган гилам ва килимларни сотиб олади.", "İnteryer mağazası əl işi xalça və kilimlər alır."),
    },
  },
  {
    key: "garments", hsChapters: ["62"], sectors: ["14"], cooperationKinds: ["manufacturing", "supply"],
    quantity: { unit: "pcs", min: 1_000, max: 50_000 },
    offeredBy: ["cotton"], soughtBy: ["petroleum", "construction", "shipping", "copper"],
    offer: {
      title: t("Workwear and uniforms to order", "Спецодежда и униформа на заказ", "Buyurtma asosida maxsus kiyim va forma", "Буюртма асосида махсус кийим ва форма", "Sifarişlə iş geyimi və forma"),
      description: t("Overalls, jackets and shirts from our own cotton twill, with your logo; batches from 500 pieces.", "Комбинезоны, куртки и рубашки из собственной хлопковой саржи, с вашим логотипом; партии от 500 штук.", "Oʻzimizning paxta sarjamizdan kombinezon, kurtka va koʻylaklar, logotipingiz bilan; 500 donadan boshlab.", "Ўзимизнинг пахта саржамиздан комбинезон, куртка ва кўйлаклар, логотипингиз билан; 500 донадан бошлаб.", "Öz pambıq sarjamızdan kombinezon, gödəkçə və köynəklər, loqotipinizlə; 500 ədəddən başlayaraq."),
    },
    request: {
      title: t("Workwear for our staff", "Спецодежда для наших сотрудников", "Xodimlarimiz uchun maxsus kiyim", "Ходимларимиз учун махсус кийим", "İşçilərimiz üçün iş geyimi"),
      description: t("Every year we order overalls, winter jackets and high-visibility vests for 1,200 employees.", "Ежегодно заказываем комбинезоны, зимние куртки и сигнальные жилеты на 1 200 сотрудников.", "Har yili 1 200 nafar xodim uchun kombinezon, qishki kurtka va signal nimchalari buyurtma qilamiz.", "Ҳар йили 1 200 нафар ходим учун комбинезон, қишки куртка ва сигнал нимчалари буюртма қиламиз.", "Hər il 1 200 işçi üçün kombinezon, qış gödəkçəsi və siqnal jiletləri sifariş edirik."),
    },
  },
  {
    key: "jewellery", hsChapters: ["71"], sectors: ["32"], cooperationKinds: ["distribution", "manufacturing"],
    quantity: { unit: "kg", min: 2, max: 50 },
    offeredBy: ["jewellery"], soughtBy: ["jewellery", "trade"],
    offer: {
      title: t("Gold and silver jewellery wholesale", "Золотые и серебряные украшения оптом", "Oltin va kumush zargarlik buyumlari ulgurji", "Олтин ва кумуш заргарлик буюмлари улгуржи", "Topdan qızıl və gümüş zərgərlik məmulatları"),
      description: t("Rings, earrings and chains in 585 and 750 gold with national ornaments; a new collection every season.", "Кольца, серьги и цепи из золота 585 и 750 пробы с национальными орнаментами; новая коллекция каждый сезон.", "585 va 750 probali oltindan milliy naqshli uzuk, zirak va zanjirlar; har mavsumda yangi kolleksiya.", "585 ва 750 пробали олтиндан миллий нақшли узук, зирак ва занжирлар; ҳар мавсумда янги коллекция.", "585 və 750 əyar qızıldan milli ornamentli üzük, sırğa və zəncirlər; hər mövsüm yeni kolleksiya."),
    },
    request: {
      title: t("Jewellery workshop for our brand", "Ищем ювелирное производство под нашу марку", "Brendimiz uchun zargarlik ustaxonasi kerak", "Брендимиз учун заргарлик устахонаси керак", "Brendimiz üçün zərgərlik emalatxanası axtarırıq"),
      description: t("Jewellery chain seeking a workshop to cast and finish gold collections to our designs.", "Ювелирная сеть ищет производство для литья и доводки золотых коллекций по нашим эскизам.", "Zargarlik doʻkonlari tarmogʻi eskizlarimiz boʻyicha oltin kolleksiyalarni quyib, pardozlaydigan ustaxona qidirmoqda.", "Заргарлик дўконлари тармоғи эскизларимиз бўйича олтин коллекцияларни қуйиб, пардозлайдиган устахона қидирмоқда.", "Zərgərlik mağazaları şəbəkəsi eskizlərimiz əsasında qızıl kolleksiyaları töküb cilalayacaq emalatxana axtarır."),
    },
    project: {
      title: t("Joint jewellery factory", "Совместная ювелирная фабрика", "Qoʻshma zargarlik fabrikasi", "Қўшма заргарлик фабрикаси", "Birgə zərgərlik fabriki"),
      description: t("A casting and finishing plant for 2 t of gold a year, with a design school for young jewellers.", "Фабрика литья и обработки на 2 т золота в год со школой дизайна для молодых ювелиров.", "Yiliga 2 t oltinni quyish va ishlov berish fabrikasi, yosh zargarlar uchun dizayn maktabi bilan.", "Йилига 2 т олтинни қуйиш ва ишлов бериш фабрикаси, ёш заргарлар учун дизайн мактаби билан.", "İldə 2 t qızılın tökülməsi və emalı üçün fabrik, gənc zərgərlər üçün dizayn məktəbi ilə."),
      partnerRole: t("A partner with retail chains abroad who brings 40% of the capital.", "Партнёр с розничными сетями за рубежом, вносящий 40% капитала.", "Xorijda chakana savdo tarmoqlariga ega, kapitalning 40 foizini kirituvchi hamkor.", "Хорижда чакана савдо тармоқларига эга, капиталнинг 40 фоизини киритувчи ҳамкор.", "Xaricdə pərakəndə şəbəkələri olan və kapitalın 40 faizini qoyan tərəfdaş."),
      capitalUsd: 4_000_000, stage: "business-plan", cooperationKinds: ["joint-venture", "investment"],
    },
  },
  {
    key: "software", hsChapters: [], sectors: ["62"], cooperationKinds: ["subcontracting", "licensing"],
    offeredBy: ["it"], soughtBy: ["it", "trade"],
    offer: {
      title: t("Custom software and IT outsourcing", "Разработка ПО на заказ и ИТ-аутсорсинг", "Buyurtma asosida dasturiy taʼminot va IT-autsorsing", "Буюртма асосида дастурий таъминот ва IT-аутсорсинг", "Sifarişlə proqram təminatı və İT autsorsinq"),
      description: t("Web and mobile apps, ERP integration and e-commerce; our teams speak Uzbek, Azerbaijani, Russian and English.", "Веб- и мобильные приложения, интеграция ERP и электронная коммерция; команды говорят на узбекском, азербайджанском, русском и английском.", "Veb va mobil ilovalar, ERP integratsiyasi va elektron tijorat; jamoalarimiz oʻzbek, ozarbayjon, rus va ingliz tillarida gaplashadi.", "Веб ва мобил иловалар, ERP интеграцияси ва электрон тижорат; жамоаларимиз ўзбек, озарбайжон, рус ва инглиз тилларида гаплашади.", "Veb və mobil tətbiqlər, ERP inteqrasiyası və elektron ticarət; komandalarımız özbək, Azərbaycan, rus və ingilis dillərində danışır."),
    },
    request: {
      title: t("Development team for long-term outsourcing", "Ищем команду разработчиков на долгосрочный аутсорсинг", "Uzoq muddatli autsorsing uchun dasturchilar jamoasi kerak", "Узоқ муддатли аутсорсинг учун дастурчилар жамоаси керак", "Uzunmüddətli autsorsinq üçün proqramçı komandası axtarırıq"),
      description: t("We need five to ten developers (Java, React) for our online ordering and warehouse systems.", "Нужны пять–десять разработчиков (Java, React) для наших систем онлайн-заказов и склада.", "Onlayn buyurtma va ombor tizimlarimiz uchun beshdan oʻngacha dasturchi (Java, React) kerak.", "Онлайн буюртма ва омбор тизимларимиз учун бешдан ўнгача дастурчи (Java, React) керак.", "Onlayn sifariş və anbar sistemlərimiz üçün beşdən ona qədər proqramçı (Java, React) lazımdır."),
    },
    project: {
      title: t("Joint software development centre", "Совместный центр разработки программного обеспечения", "Qoʻshma dasturiy taʼminot ishlab chiqish markazi", "Қўшма дастурий таъминот ишлаб чиқиш маркази", "Birgə proqram təminatı hazırlama mərkəzi"),
      description: t("A centre for 150 engineers serving banks and logistics firms on both shores of the Caspian.", "Центр на 150 инженеров для банков и логистических компаний на обоих берегах Каспия.", "Kaspiyning ikki sohilidagi banklar va logistika kompaniyalariga xizmat koʻrsatadigan 150 muhandislik markaz.", "Каспийнинг икки соҳилидаги банклар ва логистика компанияларига хизмат кўрсатадиган 150 муҳандислик марказ.", "Xəzərin hər iki sahilindəki banklara və logistika şirkətlərinə xidmət edən 150 mühəndislik mərkəz."),
      partnerRole: t("An IT company with clients in the region, to share the team and the office.", "ИТ-компания с клиентами в регионе, готовая разделить команду и офис.", "Mintaqada mijozlari bor, jamoa va ofisni birga yuritishga tayyor IT kompaniya.", "Минтақада мижозлари бор, жамоа ва офисни бирга юритишга тайёр IT компания.", "Regionda müştəriləri olan, komandanı və ofisi bölüşməyə hazır İT şirkəti."),
      capitalUsd: 1_200_000, stage: "idea", cooperationKinds: ["joint-venture", "technology-transfer"],
    },
  },
  {
    key: "training", hsChapters: [], sectors: ["85"], cooperationKinds: ["technology-transfer"],
    offeredBy: ["it"], soughtBy: ["cars", "machinery", "electrical", "copper"],
    offer: {
      title: t("IT and engineering training for your staff", "ИТ- и инженерное обучение для ваших сотрудников", "Xodimlaringiz uchun IT va muhandislik oʻquv kurslari", "Ходимларингиз учун IT ва муҳандислик ўқув курслари", "İşçiləriniz üçün İT və mühəndislik təlimləri"),
      description: t("Courses in automation, data analysis and cybersecurity, on site or online, with certificates.", "Курсы по автоматизации, анализу данных и кибербезопасности, на месте или онлайн, с сертификатами.", "Avtomatlashtirish, maʼlumotlar tahlili va kiberxavfsizlik boʻyicha kurslar, joyida yoki onlayn, sertifikat bilan.", "Автоматлаштириш, маълумотлар таҳлили ва киберхавфсизлик бўйича курслар, жойида ёки онлайн, сертификат билан.", "Avtomatlaşdırma, məlumat təhlili və kibertəhlükəsizlik üzrə kurslar, yerində və ya onlayn, sertifikatla."),
    },
    request: {
      title: t("Training partner for our engineers", "Ищем партнёра по обучению наших инженеров", "Muhandislarimizni oʻqitish uchun hamkor kerak", "Муҳандисларимизни ўқитиш учун ҳамкор керак", "Mühəndislərimizin təlimi üçün tərəfdaş axtarırıq"),
      description: t("Our plant has new CNC and robotic lines and needs a training programme for 80 technicians.", "На заводе новые станки с ЧПУ и роботизированные линии: нужна программа обучения для 80 техников.", "Zavodimizda yangi CNC dastgohlari va robotlashtirilgan liniyalar bor: 80 nafar texnik uchun oʻquv dasturi kerak.", "Заводимизда янги CNC дастгоҳлари ва роботлаштирилган линиялар бор: 80 нафар техник учун ўқув дастури керак.", "Zavodumuzda yeni CNC dəzgahları və robotlaşdırılmış xətlər var: 80 texnik üçün təlim proqramı lazımdır."),
    },
  },
  {
    key: "tourism", hsChapters: [], sectors: ["79", "55"], cooperationKinds: ["distribution"],
    offeredBy: ["hotels"], soughtBy: ["hotels"],
    offer: {
      title: t("Silk Road tours and business trips", "Туры по Шёлковому пути и деловые поездки", "Buyuk ipak yoʻli boʻylab sayohatlar va ish safarlari", "Буюк ипак йўли бўйлаб саёҳатлар ва иш сафарлари", "İpək Yolu turları və işgüzar səfərlər"),
      description: t("Samarkand, Bukhara, Khiva, Baku and Sheki in one itinerary; hotels, guides and visas arranged for groups and delegations.", "Самарканд, Бухара, Хива, Баку и Шеки в одном маршруте; отели, гиды и визы для групп и делегаций.", "Samarqand, Buxoro, Xiva, Boku va Shaki bitta marshrutda; guruhlar va delegatsiyalar uchun mehmonxona, gid va viza.", "Самарқанд, Бухоро, Хива, Боку ва Шаки битта маршрутда; гуруҳлар ва делегациялар учун меҳмонхона, гид ва виза.", "Səmərqənd, Buxara, Xivə, Bakı və Şəki bir marşrutda; qruplar və nümayəndə heyətləri üçün otel, bələdçi və viza."),
    },
    request: {
      title: t("Partner hotels and tour operators wanted", "Ищем отели и туроператоров-партнёров", "Hamkor mehmonxonalar va turoperatorlar kerak", "Ҳамкор меҳмонхоналар ва туроператорлар керак", "Tərəfdaş otellər və turoperatorlar axtarırıq"),
      description: t("Tour operator seeks hotels and a receiving partner across the Caspian for 40 groups a season.", "Туроператор ищет отели и принимающего партнёра по ту сторону Каспия для 40 групп за сезон.", "Turoperator Kaspiy ortida mavsumiga 40 guruh uchun mehmonxonalar va qabul qiluvchi hamkor qidirmoqda.", "Туроператор Каспий ортида мавсумига 40 гуруҳ учун меҳмонхоналар ва қабул қилувчи ҳамкор қидирмоқда.", "Turoperator Xəzərin o tayında mövsümdə 40 qrup üçün otellər və qəbul edən tərəfdaş axtarır."),
    },
    project: {
      title: t("Boutique hotel in a historic city centre", "Бутик-отель в историческом центре города", "Shaharning tarixiy markazida butik mehmonxona", "Шаҳарнинг тарихий марказида бутик меҳмонхона", "Şəhərin tarixi mərkəzində butik otel"),
      description: t("Restoring an old caravanserai as a 40-room hotel with a restaurant and a crafts courtyard.", "Реставрация старого караван-сарая под отель на 40 номеров с рестораном и двором ремёсел.", "Eski karvonsaroyni restoran va hunarmandlar hovlisiga ega 40 xonali mehmonxonaga aylantirish.", "Эски карвонсаройни ресторан ва ҳунармандлар ҳовлисига эга 40 хонали меҳмонхонага айлантириш.", "Köhnə karvansaranın restoranı və sənətkarlıq həyəti olan 40 otaqlı otelə çevrilməsi."),
      partnerRole: t("A hotel operator to bring its brand, booking channels and half of the capital.", "Гостиничный оператор со своей маркой, каналами бронирования и половиной капитала.", "Oʻz brendi, bron qilish kanallari va kapitalning yarmini olib keladigan mehmonxona operatori.", "Ўз бренди, брон қилиш каналлари ва капиталнинг ярмини олиб келадиган меҳмонхона оператори.", "Öz brendini, bron kanallarını və kapitalın yarısını gətirəcək otel operatoru."),
      capitalUsd: 3_500_000, stage: "feasibility-study", cooperationKinds: ["joint-venture", "investment"],
    },
  },
  {
    key: "cables", hsChapters: ["85", "76"], sectors: ["27"], cooperationKinds: ["supply", "manufacturing"],
    quantity: { unit: "m", min: 10_000, max: 500_000 },
    offeredBy: ["electrical"], soughtBy: ["electrical"], importedFrom: ["RU", "CN"],
    offer: {
      title: t("Power cables and aluminium wire", "Силовые кабели и алюминиевый провод", "Kuch kabellari va alyuminiy sim", "Куч кабеллари ва алюминий сим", "Güc kabelləri və alüminium məftil"),
      description: t("Low- and medium-voltage cables and self-supporting insulated wire for power lines; type-tested to IEC.", "Кабели низкого и среднего напряжения и самонесущий изолированный провод для ЛЭП; типовые испытания по МЭК.", "Past va oʻrta kuchlanishli kabellar hamda elektr uzatish liniyalari uchun oʻzini koʻtaruvchi izolyatsiyalangan sim; IEC boʻyicha sinovdan oʻtgan.", "Паст ва ўрта кучланишли кабеллар ҳамда электр узатиш линиялари учун ўзини кўтарувчи изоляцияланган сим; IEC бўйича синовдан ўтган.", "Aşağı və orta gərginlikli kabellər və elektrik xətləri üçün özüdaşıyan izolyasiyalı məftil; IEC üzrə sınaqdan keçib."),
    },
    request: {
      title: t("Aluminium wire rod for our cable plant", "Алюминиевая катанка для нашего кабельного завода", "Kabel zavodimiz uchun alyuminiy katanka", "Кабель заводимиз учун алюминий катанка", "Kabel zavodumuz üçün alüminium katanka"),
      description: t("We buy 9.5 mm electrical-grade aluminium rod every month; today it comes from third countries.", "Ежемесячно закупаем электротехническую алюминиевую катанку 9,5 мм; сейчас она идёт из третьих стран.", "Har oy 9,5 mm li elektrotexnik alyuminiy katanka sotib olamiz; hozir u uchinchi davlatlardan keladi.", "Ҳар ой 9,5 мм ли электротехник алюминий катанка сотиб оламиз; ҳозир у учинчи давлатлардан келади.", "Hər ay 9,5 mm-lik elektrotexniki alüminium katanka alırıq; hazırda o, üçüncü ölkələrdən gəlir."),
    },
    project: {
      title: t("Cable plant using Azerbaijani aluminium", "Кабельный завод на азербайджанском алюминии", "Ozarbayjon alyuminiyidan kabel ishlab chiqarish zavodi", "Озарбайжон алюминийидан кабель ишлаб чиқариш заводи", "Azərbaycan alüminiumundan kabel istehsalı zavodu"),
      description: t("Rod casting, wire drawing and insulation for 15,000 t of aluminium a year, for the region and for export.", "Литьё катанки, волочение и изоляция провода на 15 000 т алюминия в год — для региона и на экспорт.", "Yiliga 15 000 t alyuminiydan katanka quyish, sim choʻzish va izolyatsiyalash — mintaqa va eksport uchun.", "Йилига 15 000 т алюминийдан катанка қуйиш, сим чўзиш ва изоляциялаш — минтақа ва экспорт учун.", "İldə 15 000 t alüminiumdan katanka tökmə, məftilçəkmə və izolyasiya — region və ixrac üçün."),
      partnerRole: t("An aluminium producer to supply the metal and take a share in the plant.", "Производитель алюминия, который поставит металл и войдёт в долю завода.", "Metallni yetkazib beradigan va zavodda ulushga ega boʻladigan alyuminiy ishlab chiqaruvchi.", "Металлни етказиб берадиган ва заводда улушга эга бўладиган алюминий ишлаб чиқарувчи.", "Metalı tədarük edəcək və zavodda pay sahibi olacaq alüminium istehsalçısı."),
      capitalUsd: 18_000_000, stage: "feasibility-study", cooperationKinds: ["joint-venture", "investment"], by: ["electrical", "aluminium"],
    },
  },
  {
    key: "appliances", hsChapters: ["85", "84"], sectors: ["27"], cooperationKinds: ["supply", "distribution"],
    quantity: { unit: "pcs", min: 500, max: 20_000 },
    offeredBy: ["electrical"], soughtBy: ["trade"], importedFrom: ["CN", "TR", "KR"],
    offer: {
      title: t("Household appliances: refrigerators, air conditioners, washing machines", "Бытовая техника: холодильники, кондиционеры, стиральные машины", "Maishiy texnika: muzlatgichlar, konditsionerlar, kir yuvish mashinalari", "Маиший техника: музлатгичлар, кондиционерлар, кир ювиш машиналари", "Məişət texnikası: soyuducular, kondisionerlər, paltaryuyan maşınlar"),
      description: t("Made at our own plant, with a two-year warranty and service centres; dealer prices for chains.", "Собственное производство, гарантия два года и сервисные центры; дилерские цены для сетей.", "Oʻz zavodimizda ishlab chiqariladi, ikki yillik kafolat va servis markazlari; tarmoqlar uchun diler narxlari.", "Ўз заводимизда ишлаб чиқарилади, икки йиллик кафолат ва сервис марказлари; тармоқлар учун дилер нархлари.", "Öz zavodumuzda istehsal olunur, iki il zəmanət və servis mərkəzləri; şəbəkələr üçün diler qiymətləri."),
    },
    request: {
      title: t("Household appliances for our stores", "Бытовая техника для наших магазинов", "Doʻkonlarimiz uchun maishiy texnika", "Дўконларимиз учун маиший техника", "Mağazalarımız üçün məişət texnikası"),
      description: t("Retail chain seeks a direct supplier of refrigerators and air conditioners to replace imports.", "Розничная сеть ищет прямого поставщика холодильников и кондиционеров вместо импорта.", "Chakana savdo tarmogʻi importni almashtirish uchun muzlatgich va konditsionerlarni bevosita yetkazib beruvchini qidirmoqda.", "Чакана савдо тармоғи импортни алмаштириш учун музлатгич ва кондиционерларни бевосита етказиб берувчини қидирмоқда.", "Pərakəndə şəbəkə idxalı əvəz etmək üçün soyuducu və kondisionerlərin birbaşa tədarükçüsünü axtarır."),
    },
  },
  {
    key: "agri-machinery", hsChapters: ["84", "87"], sectors: ["28"], cooperationKinds: ["supply", "distribution"],
    quantity: { unit: "pcs", min: 10, max: 300 },
    offeredBy: ["machinery"], soughtBy: ["cotton", "fruit", "food"],
    offer: {
      title: t("Tractors and cotton pickers", "Тракторы и хлопкоуборочные машины", "Traktorlar va paxta terish mashinalari", "Тракторлар ва пахта териш машиналари", "Traktorlar və pambıqyığan kombaynlar"),
      description: t("Wheeled tractors of 80–120 hp, two-row cotton pickers and trailers, with leasing and service.", "Колёсные тракторы 80–120 л. с., двухрядные хлопкоуборочные машины и прицепы, лизинг и сервис.", "80–120 ot kuchiga ega gʻildirakli traktorlar, ikki qatorli paxta terish mashinalari va tirkamalar, lizing va servis.", "80–120 от кучига эга ғилдиракли тракторлар, икки қаторли пахта териш машиналари ва тиркамалар, лизинг ва сервис.", "80–120 at gücündə təkərli traktorlar, ikicərgəli pambıqyığan kombaynlar və qoşqular, lizinq və servis."),
    },
    request: {
      title: t("Tractors and harvesters for our farms", "Тракторы и комбайны для наших хозяйств", "Xoʻjaliklarimiz uchun traktor va kombaynlar", "Хўжаликларимиз учун трактор ва комбайнлар", "Təsərrüfatlarımız üçün traktor və kombaynlar"),
      description: t("We are renewing our fleet: 30 tractors and 6 harvesters, preferably on lease.", "Обновляем парк техники: 30 тракторов и 6 комбайнов, предпочтительно в лизинг.", "Texnika parkimizni yangilayapmiz: 30 ta traktor va 6 ta kombayn, imkon boʻlsa lizingga.", "Техника паркимизни янгилаяпмиз: 30 та трактор ва 6 та комбайн, имкон бўлса лизингга.", "Texnika parkımızı yeniləyirik: 30 traktor və 6 kombayn, mümkünsə lizinqlə."),
    },
    project: {
      title: t("Assembly plant for tractors and farm machinery", "Сборочный завод тракторов и сельхозтехники", "Traktor va qishloq xoʻjaligi texnikasini yigʻish zavodi", "Трактор ва қишлоқ хўжалиги техникасини йиғиш заводи", "Traktor və kənd təsərrüfatı texnikası yığım zavodu"),
      description: t("Assembly of 2,000 tractors a year from kits, moving on to local frames, cabs and trailers.", "Сборка 2 000 тракторов в год из машинокомплектов с переходом на местные рамы, кабины и прицепы.", "Yiliga 2 000 ta traktorni mashinakomplektlardan yigʻish, keyin mahalliy rama, kabina va tirkamalarga oʻtish.", "Йилига 2 000 та тракторни машинакомплектлардан йиғиш, кейин маҳаллий рама, кабина ва тиркамаларга ўтиш.", "İldə 2 000 traktorun maşın dəstlərindən yığılması, sonra yerli rama, kabina və qoşqulara keçid."),
      partnerRole: t("A machinery maker to license its models and supply kits; we provide the site and the dealers.", "Производитель техники, который даст лицензию на модели и поставит машинокомплекты; площадка и дилеры — наши.", "Modellariga litsenziya beradigan va mashinakomplektlarni yetkazadigan ishlab chiqaruvchi; maydon va dilerlar bizdan.", "Моделларига лицензия берадиган ва машинакомплектларни етказадиган ишлаб чиқарувчи; майдон ва дилерлар биздан.", "Modellərinə lisenziya verəcək və maşın dəstlərini tədarük edəcək istehsalçı; meydança və dilerlər bizdən."),
      capitalUsd: 25_000_000, stage: "financing", cooperationKinds: ["joint-venture", "licensing"],
    },
  },
  {
    key: "trucks-buses", hsChapters: ["87"], sectors: ["29"], cooperationKinds: ["distribution", "supply"],
    quantity: { unit: "pcs", min: 10, max: 300 },
    offeredBy: ["cars", "machinery"], soughtBy: ["logistics"],
    offer: {
      title: t("Trucks and city buses", "Грузовики и городские автобусы", "Yuk mashinalari va shahar avtobuslari", "Юк машиналари ва шаҳар автобуслари", "Yük maşınları və şəhər avtobusları"),
      description: t("Medium-duty trucks, tippers and 12 m buses running on diesel or gas; we seek dealers and service partners.", "Среднетоннажные грузовики, самосвалы и 12-метровые автобусы на дизеле или газе; ищем дилеров и сервисных партнёров.", "Oʻrta yuk koʻtaruvchi yuk mashinalari, samosvallar va 12 metrli avtobuslar dizel yoki gazda; dilerlar va servis hamkorlarini izlaymiz.", "Ўрта юк кўтарувчи юк машиналари, самосваллар ва 12 метрли автобуслар дизел ёки газда; дилерлар ва сервис ҳамкорларини излаймиз.", "Orta yükgötürən yük maşınları, özüboşaldanlar və 12 metrlik avtobuslar dizel və ya qazla; dilerlər və servis tərəfdaşları axtarırıq."),
    },
    request: {
      title: t("Trucks for our fleet", "Грузовики для нашего автопарка", "Avtoparkimiz uchun yuk mashinalari", "Автопаркимиз учун юк машиналари", "Avtoparkımız üçün yük maşınları"),
      description: t("Carrier replacing 40 tractor units and refrigerated trailers; regional makers are welcome.", "Перевозчик обновляет 40 седельных тягачей и рефрижераторные полуприцепы; рассматриваем региональных производителей.", "Tashuvchi 40 ta egarli tyagach va refrijerator yarim tirkamalarni yangilamoqda; mintaqaviy ishlab chiqaruvchilarni koʻrib chiqamiz.", "Ташувчи 40 та эгарли тягач ва рефрижератор ярим тиркамаларни янгиламоқда; минтақавий ишлаб чиқарувчиларни кўриб чиқамиз.", "Daşıyıcı 40 yedəkçi və refrijerator yarımqoşqularını yeniləyir; regional istehsalçılara baxırıq."),
    },
  },
  {
    key: "lubricants", hsChapters: ["27", "34"], sectors: ["19"], cooperationKinds: ["supply", "distribution"],
    quantity: { unit: "t", min: 20, max: 2_000 },
    offeredBy: ["petroleum"], soughtBy: ["logistics", "cars", "machinery", "shipping"],
    offer: {
      title: t("Motor oils, lubricants and bitumen", "Моторные масла, смазки и битум", "Motor moylari, surkov materiallari va bitum", "Мотор мойлари, сурков материаллари ва битум", "Motor yağları, sürtkü materialları və bitum"),
      description: t("API-certified engine and hydraulic oils in drums and IBCs; road bitumen in bulk.", "Моторные и гидравлические масла с допусками API в бочках и еврокубах; дорожный битум наливом.", "API sertifikatli motor va gidravlik moylar bochka va yevrokublarda; yoʻl bitumi quyma holda.", "API сертификатли мотор ва гидравлик мойлар бочка ва еврокубларда; йўл битуми қуйма ҳолда.", "API sertifikatlı motor və hidravlik yağlar çəlləklərdə və avrokublarda; yol bitumu tökmə halında."),
    },
    request: {
      title: t("Lubricants and fuel for our fleet", "Смазочные материалы и топливо для нашего парка", "Parkimiz uchun surkov materiallari va yoqilgʻi", "Паркимиз учун сурков материаллари ва ёқилғи", "Parkımız üçün sürtkü materialları və yanacaq"),
      description: t("Annual contract for engine oil, gear oil and diesel for trucks, tractors and vessels.", "Годовой контракт на моторное и трансмиссионное масло и дизельное топливо для грузовиков, тракторов и судов.", "Yuk mashinalari, traktorlar va kemalar uchun motor va transmissiya moyi hamda dizel yoqilgʻisiga yillik shartnoma.", "Юк машиналари, тракторлар ва кемалар учун мотор ва трансмиссия мойи ҳамда дизел ёқилғисига йиллик шартнома.", "Yük maşınları, traktorlar və gəmilər üçün motor və transmissiya yağı və dizel yanacağına illik müqavilə."),
    },
  },
  {
    key: "oilfield", hsChapters: ["84", "73"], sectors: ["09", "06"], cooperationKinds: ["subcontracting", "technology-transfer"],
    offeredBy: ["petroleum"], soughtBy: ["petroleum"],
    offer: {
      title: t("Oilfield services and drilling", "Нефтесервис и бурение", "Neft konlariga servis va burgʻulash", "Нефть конларига сервис ва бурғулаш", "Neft-mədən xidmətləri və qazma"),
      description: t("Well workover, logging and enhanced oil recovery on onshore fields, with our own crews.", "Ремонт скважин, геофизические исследования и повышение нефтеотдачи на суше силами собственных бригад.", "Quruqlikdagi konlarda oʻz brigadalarimiz bilan quduqlarni taʼmirlash, geofizik tadqiqotlar va neft qazib olishni koʻpaytirish.", "Қуруқликдаги конларда ўз бригадаларимиз билан қудуқларни таъмирлаш, геофизик тадқиқотлар ва нефть қазиб олишни кўпайтириш.", "Quru yataqlarında öz briqadalarımızla quyuların təmiri, geofiziki tədqiqatlar və neftveriminin artırılması."),
    },
    request: {
      title: t("Drilling contractor for mature fields", "Буровой подрядчик для зрелых месторождений", "Eski konlar uchun burgʻulash pudratchisi kerak", "Эски конлар учун бурғулаш пудратчиси керак", "Köhnə yataqlar üçün qazma podratçısı axtarırıq"),
      description: t("We seek a contractor with two rigs for sidetracking and workover of 60 wells.", "Ищем подрядчика с двумя установками для зарезки боковых стволов и ремонта 60 скважин.", "60 ta quduqda yon stvollarni burgʻulash va taʼmirlash uchun ikkita qurilmasi bor pudratchi qidiryapmiz.", "60 та қудуқда ён стволларни бурғулаш ва таъмирлаш учун иккита қурилмаси бор пудратчи қидиряпмиз.", "60 quyuda yan lülələrin qazılması və təmiri üçün iki qurğusu olan podratçı axtarırıq."),
    },
    project: {
      title: t("Joint development of mature oil fields", "Совместная разработка зрелых нефтяных месторождений", "Eski neft konlarini birgalikda oʻzlashtirish", "Эски нефть конларини биргаликда ўзлаштириш", "Köhnə neft yataqlarının birgə işlənməsi"),
      description: t("Raising output at three onshore fields with horizontal drilling and waterflooding under a production-sharing agreement.", "Увеличение добычи на трёх сухопутных месторождениях горизонтальным бурением и заводнением по соглашению о разделе продукции.", "Mahsulot taqsimoti toʻgʻrisidagi bitim asosida gorizontal burgʻulash va suv haydash orqali uchta quruqlikdagi konda qazib olishni oshirish.", "Маҳсулот тақсимоти тўғрисидаги битим асосида горизонтал бурғулаш ва сув ҳайдаш орқали учта қуруқликдаги конда қазиб олишни ошириш.", "Hasilatın pay bölgüsü sazişi əsasında üfüqi qazma və su vurma ilə üç quru yatağında hasilatın artırılması."),
      partnerRole: t("An operator with field experience to invest and run the drilling programme.", "Оператор с опытом разработки месторождений, который инвестирует и проведёт программу бурения.", "Konlarni oʻzlashtirish tajribasiga ega, sarmoya kiritib burgʻulash dasturini olib boradigan operator.", "Конларни ўзлаштириш тажрибасига эга, сармоя киритиб бурғулаш дастурини олиб борадиган оператор.", "Yataq işlənməsi təcrübəsi olan, investisiya qoyub qazma proqramını aparacaq operator."),
      capitalUsd: 60_000_000, stage: "feasibility-study", cooperationKinds: ["joint-venture", "investment"],
    },
  },
  {
    key: "polymers", hsChapters: ["39"], sectors: ["20", "22"], cooperationKinds: ["supply"],
    quantity: { unit: "t", min: 50, max: 5_000 },
    offeredBy: ["chemicals", "fertilizers"], soughtBy: ["electrical"], importedFrom: ["RU", "CN"],
    offer: {
      title: t("Polyethylene and polypropylene granules", "Полиэтилен и полипропилен в гранулах", "Polietilen va polipropilen granulalari", "Полиэтилен ва полипропилен гранулалари", "Polietilen və polipropilen qranulları"),
      description: t("HDPE, LLDPE and PP for film, pipes and injection moulding; 25 kg bags or rail wagons.", "ПНД, ЛПЭНП и ПП для плёнки, труб и литья под давлением; мешки по 25 кг или ж/д вагоны.", "Plyonka, quvur va bosim ostida quyish uchun HDPE, LLDPE va PP; 25 kg li qoplarda yoki temir yoʻl vagonlarida.", "Плёнка, қувур ва босим остида қуйиш учун HDPE, LLDPE ва PP; 25 кг ли қопларда ёки темир йўл вагонларида.", "Plyonka, boru və təzyiq altında tökmə üçün HDPE, LLDPE və PP; 25 kq-lıq kisələrdə və ya dəmir yolu vaqonlarında."),
    },
    request: {
      title: t("Polymer granules for our production", "Полимерное сырьё для нашего производства", "Ishlab chiqarishimiz uchun polimer xomashyo", "Ишлаб чиқаришимиз учун полимер хомашё", "İstehsalımız üçün polimer xammalı"),
      description: t("Maker of pipes and cable insulation buying polyethylene monthly; today it comes from third countries.", "Производитель труб и кабельной изоляции ежемесячно закупает полиэтилен; сейчас — из третьих стран.", "Quvur va kabel izolyatsiyasi ishlab chiqaruvchi har oy polietilen sotib oladi; hozir uchinchi davlatlardan.", "Қувур ва кабель изоляцияси ишлаб чиқарувчи ҳар ой полиэтилен сотиб олади; ҳозир учинчи давлатлардан.", "Boru və kabel izolyasiyası istehsalçısı hər ay polietilen alır; hazırda üçüncü ölkələrdən."),
    },
  },  {
    key: "caustic-soda", hsChapters: ["28"], sectors: ["20"], cooperationKinds: ["supply"],
    quantity: { unit: "t", min: 100, max: 5_000 },
    offeredBy: ["chemicals"], soughtBy: ["cotton", "aluminium"],
    offer: {
      title: t("Caustic soda and chlorine products", "Каустическая сода и продукты хлора", "Kaustik soda va xlor mahsulotlari", "Каустик сода ва хлор маҳсулотлари", "Kaustik soda və xlor məhsulları"),
      description: t("Liquid and flaked caustic soda, hydrochloric acid and sodium hypochlorite; rail tank cars or bags.", "Жидкая и чешуированная каустическая сода, соляная кислота и гипохлорит натрия; ж/д цистерны или мешки.", "Suyuq va qipiqsimon kaustik soda, xlorid kislota va natriy gipoxlorit; temir yoʻl sisternalarida yoki qoplarda.", "Суюқ ва қипиқсимон каустик сода, хлорид кислота ва натрий гипохлорит; темир йўл цистерналарида ёки қопларда.", "Maye və pulcuqlu kaustik soda, xlorid turşusu və natrium hipoxlorit; dəmir yolu sisternlərində və ya kisələrdə."),
    },
    request: {
      title: t("Caustic soda for our production", "Каустическая сода для нашего производства", "Ishlab chiqarishimiz uchun kaustik soda", "Ишлаб чиқаришимиз учун каустик сода", "İstehsalımız üçün kaustik soda"),
      description: t("We use caustic soda for mercerising and surface treatment and buy 150 t a quarter.", "Используем каустическую соду для мерсеризации и обработки поверхности, закупаем 150 т в квартал.", "Kaustik sodani merserizatsiya va sirtga ishlov berish uchun ishlatamiz, har chorakda 150 t sotib olamiz.", "Каустик содани мерсеризация ва сиртга ишлов бериш учун ишлатамиз, ҳар чоракда 150 т сотиб оламиз.", "Kaustik sodanı merserizasiya və səthin emalı üçün istifadə edirik, hər rübdə 150 t alırıq."),
    },
  },

  {
    key: "copper", hsChapters: ["74"], sectors: ["24"], cooperationKinds: ["supply"],
    quantity: { unit: "t", min: 50, max: 3_000 },
    offeredBy: ["copper"], soughtBy: ["electrical"],
    offer: {
      title: t("Copper cathodes and wire rod", "Медные катоды и катанка", "Mis katodlari va katanka", "Мис катодлари ва катанка", "Mis katodları və katanka"),
      description: t("Grade A cathodes and 8 mm copper rod for cable makers; monthly lots at LME-linked prices.", "Катоды марки A и медная катанка 8 мм для кабельных заводов; ежемесячные партии по ценам с привязкой к LME.", "Kabel zavodlari uchun A markali katodlar va 8 mm li mis katanka; LME ga bogʻlangan narxlarda har oylik partiyalar.", "Кабель заводлари учун A маркали катодлар ва 8 мм ли мис катанка; LME га боғланган нархларда ҳар ойлик партиялар.", "Kabel zavodları üçün A markalı katodlar və 8 mm-lik mis katanka; LME-yə bağlı qiymətlərlə aylıq partiyalar."),
    },
    request: {
      title: t("Copper rod for cable production", "Медная катанка для кабельного производства", "Kabel ishlab chiqarish uchun mis katanka", "Кабель ишлаб чиқариш учун мис катанка", "Kabel istehsalı üçün mis katanka"),
      description: t("Cable plant seeking a regional supplier of copper rod, 200 t a month.", "Кабельный завод ищет регионального поставщика медной катанки, 200 т в месяц.", "Kabel zavodi oyiga 200 t mis katanka yetkazib beradigan mintaqaviy hamkor qidirmoqda.", "Кабель заводи ойига 200 т мис катанка етказиб берадиган минтақавий ҳамкор қидирмоқда.", "Kabel zavodu ayda 200 t mis katanka tədarük edəcək regional tərəfdaş axtarır."),
    },
  },
  {
    key: "grain-flour", hsChapters: ["10", "11"], sectors: ["10", "01"], cooperationKinds: ["supply"],
    quantity: { unit: "t", min: 500, max: 20_000 },
    offeredBy: ["food"], soughtBy: ["food"], importedFrom: ["KZ", "RU"],
    offer: {
      title: t("Wheat flour and grain", "Пшеничная мука и зерно", "Bugʻdoy uni va don", "Буғдой уни ва дон", "Buğda unu və taxıl"),
      description: t("Premium and first-grade flour in 50 kg bags, milling wheat from our elevator; laboratory certificates.", "Мука высшего и первого сорта в мешках по 50 кг, продовольственная пшеница с нашего элеватора; лабораторные сертификаты.", "50 kg li qoplarda oliy va birinchi navli un, elevatorimizdan oziq-ovqat bugʻdoyi; laboratoriya sertifikatlari.", "50 кг ли қопларда олий ва биринчи навли ун, элеваторимиздан озиқ-овқат буғдойи; лаборатория сертификатлари.", "50 kq-lıq kisələrdə əla və birinci növ un, elevatorumuzdan ərzaq buğdası; laboratoriya sertifikatları."),
    },
    request: {
      title: t("Milling wheat wanted", "Купим продовольственную пшеницу", "Oziq-ovqat bugʻdoyi sotib olamiz", "Озиқ-овқат буғдойи сотиб оламиз", "Ərzaq buğdası alırıq"),
      description: t("Flour mill buying wheat with at least 12.5% protein for the season, delivered by rail.", "Мельница закупает пшеницу с протеином от 12,5% на сезон, с доставкой по железной дороге.", "Tegirmon mavsum uchun oqsili kamida 12,5 foiz boʻlgan bugʻdoyni temir yoʻl orqali yetkazib berish sharti bilan sotib oladi.", "Тегирмон мавсум учун оқсили камида 12,5 фоиз бўлган буғдойни темир йўл орқали етказиб бериш шарти билан сотиб олади.", "Dəyirman mövsüm üçün zülalı ən azı 12,5% olan buğdanı dəmir yolu ilə çatdırılma şərti ilə alır."),
    },
  },
  {
    key: "tea", hsChapters: ["09"], sectors: ["10", "01"], cooperationKinds: ["supply", "distribution"],
    quantity: { unit: "t", min: 5, max: 300 },
    offeredBy: ["beverages"], soughtBy: ["beverages", "trade"], importedFrom: ["IN", "CN"],
    offer: {
      title: t("Black and green tea, loose and in bags", "Чёрный и зелёный чай, листовой и в пакетиках", "Qora va koʻk choy, bargli va paketchalarda", "Қора ва кўк чой, баргли ва пакетчаларда", "Qara və yaşıl çay, yarpaq və paketlərdə"),
      description: t("Lankaran tea and our own blends packed on our line; private label from 5 t.", "Ленкоранский чай и собственные купажи, фасовка на нашей линии; марка клиента от 5 т.", "Lankaran choyi va oʻz aralashmalarimiz, liniyamizda qadoqlanadi; 5 t dan mijoz brendi ostida.", "Ланкаран чойи ва ўз аралашмаларимиз, линиямизда қадоқланади; 5 т дан мижоз бренди остида.", "Lənkəran çayı və öz kupajlarımız, xəttimizdə qablaşdırılır; 5 t-dan müştərinin brendi ilə."),
    },
    request: {
      title: t("Tea for our packing line", "Чай для нашей фасовочной линии", "Qadoqlash liniyamiz uchun choy", "Қадоқлаш линиямиз учун чой", "Qablaşdırma xəttimiz üçün çay"),
      description: t("We buy bulk black and green tea, 20 t a quarter; today it comes from India and China.", "Закупаем чёрный и зелёный чай навалом, 20 т в квартал; сейчас везём из Индии и Китая.", "Har chorakda 20 t qora va koʻk choyni quyma holda sotib olamiz; hozir Hindiston va Xitoydan keltiramiz.", "Ҳар чоракда 20 т қора ва кўк чойни қуйма ҳолда сотиб оламиз; ҳозир Ҳиндистон ва Хитойдан келтирамиз.", "Hər rübdə 20 t qara və yaşıl çayı tökmə halında alırıq; hazırda Hindistan və Çindən gətiririk."),
    },
  },
  {
    key: "juices", hsChapters: ["20", "22"], sectors: ["10", "11"], cooperationKinds: ["supply"],
    quantity: { unit: "l", min: 20_000, max: 1_000_000 },
    offeredBy: ["beverages", "fruit"], soughtBy: ["beverages"],
    offer: {
      title: t("Fruit juices, nectars and tomato paste", "Фруктовые соки, нектары и томатная паста", "Meva sharbatlari, nektarlar va tomat pastasi", "Мева шарбатлари, нектарлар ва томат пастаси", "Meyvə şirələri, nektarlar və tomat pastası"),
      description: t("Pomegranate, apricot and grape juice in 1 l packs; aseptic tomato paste in 220 l drums.", "Гранатовый, абрикосовый и виноградный сок в пакетах по 1 л; асептическая томатная паста в бочках по 220 л.", "1 litrli paketlarda anor, oʻrik va uzum sharbati; 220 litrli bochkalarda aseptik tomat pastasi.", "1 литрли пакетларда анор, ўрик ва узум шарбати; 220 литрли бочкаларда асептик томат пастаси.", "1 litrlik paketlərdə nar, ərik və üzüm şirəsi; 220 litrlik çəlləklərdə aseptik tomat pastası."),
    },
    request: {
      title: t("Fruit concentrate for our juice line", "Фруктовый концентрат для нашей линии соков", "Sharbat liniyamiz uchun meva konsentrati", "Шарбат линиямиз учун мева концентрати", "Şirə xəttimiz üçün meyvə konsentratı"),
      description: t("We buy grape and pomegranate concentrate (65–70 °Brix) and fresh pomegranates in season.", "Закупаем виноградный и гранатовый концентрат (65–70 °Brix) и свежий гранат в сезон.", "Uzum va anor konsentrati (65–70 °Brix) hamda mavsumda yangi anor sotib olamiz.", "Узум ва анор концентрати (65–70 °Brix) ҳамда мавсумда янги анор сотиб оламиз.", "Üzüm və nar konsentratı (65–70 °Brix), mövsümdə isə təzə nar alırıq."),
    },
  },
  {
    key: "mineral-water", hsChapters: ["22"], sectors: ["11"], cooperationKinds: ["supply", "distribution"],
    quantity: { unit: "l", min: 50_000, max: 2_000_000 },
    offeredBy: ["beverages"], soughtBy: ["trade", "hotels"],
    offer: {
      title: t("Mineral water and soft drinks", "Минеральная вода и безалкогольные напитки", "Mineral suv va alkogolsiz ichimliklar", "Минерал сув ва алкоголсиз ичимликлар", "Mineral su və alkoqolsuz içkilər"),
      description: t("Natural mineral water from our own spring in glass and PET, and lemonades; export documents ready.", "Природная минеральная вода из собственного источника в стекле и ПЭТ, лимонады; экспортные документы готовы.", "Oʻz buloqimizdan tabiiy mineral suv shisha va PET idishlarda, limonadlar; eksport hujjatlari tayyor.", "Ўз булоғимиздан табиий минерал сув шиша ва PET идишларда, лимонадлар; экспорт ҳужжатлари тайёр.", "Öz bulağımızdan təbii mineral su şüşə və PET qablarda, limonadlar; ixrac sənədləri hazırdır."),
    },
    request: {
      title: t("Mineral water and soft drinks wanted", "Купим минеральную воду и напитки", "Mineral suv va ichimliklar sotib olamiz", "Минерал сув ва ичимликлар сотиб оламиз", "Mineral su və içkilər alırıq"),
      description: t("Regular deliveries of mineral water and juices from across the Caspian, for our shelves and our guests.", "Регулярные поставки минеральной воды и соков из-за Каспия — для наших полок и гостей.", "Rastalarimiz va mehmonlarimiz uchun Kaspiy ortidan mineral suv va sharbatlarni muntazam yetkazib berish.", "Расталаримиз ва меҳмонларимиз учун Каспий ортидан минерал сув ва шарбатларни мунтазам етказиб бериш.", "Rəflərimiz və qonaqlarımız üçün Xəzərin o tayından mineral su və şirələrin müntəzəm tədarükü."),
    },
  },
  {
    key: "leather", hsChapters: ["41", "42"], sectors: ["15"], cooperationKinds: ["supply"],
    quantity: { unit: "m2", min: 5_000, max: 100_000 },
    offeredBy: ["leather"], soughtBy: ["leather"],
    offer: {
      title: t("Finished leather and leather goods", "Готовая кожа и кожгалантерея", "Tayyor teri va charm buyumlar", "Тайёр тери ва чарм буюмлар", "Hazır dəri və dəri məmulatları"),
      description: t("Cattle and sheep leather for shoes, furniture and car seats; bags and belts to order.", "Кожа КРС и овчина для обуви, мебели и автокресел; сумки и ремни на заказ.", "Poyabzal, mebel va avtomobil oʻrindiqlari uchun qoramol va qoʻy terisi; buyurtma asosida sumka va kamarlar.", "Пойабзал, мебель ва автомобиль ўриндиқлари учун қорамол ва қўй териси; буюртма асосида сумка ва камарлар.", "Ayaqqabı, mebel və avtomobil oturacaqları üçün iribuynuzlu mal və qoyun dərisi; sifarişlə çanta və kəmərlər."),
    },
    request: {
      title: t("Raw hides wanted", "Купим сырые шкуры", "Xom teri sotib olamiz", "Хом тери сотиб оламиз", "Xam dəri alırıq"),
      description: t("Tannery buying salted cattle hides and sheepskins all year round, paid on delivery.", "Кожевенный завод круглый год закупает мокросолёные шкуры КРС и овчину, оплата по факту поставки.", "Teri zavodi yil boʻyi tuzlangan qoramol va qoʻy terilarini sotib oladi, toʻlov yetkazib berilganda.", "Тери заводи йил бўйи тузланган қорамол ва қўй териларини сотиб олади, тўлов етказиб берилганда.", "Dəri zavodu il boyu duzlanmış iribuynuzlu mal və qoyun dərisi alır, ödəniş çatdırılmada."),
    },
  },
  {
    key: "footwear", hsChapters: ["64"], sectors: ["15"], cooperationKinds: ["manufacturing", "distribution"],
    quantity: { unit: "pair", min: 1_000, max: 50_000 },
    offeredBy: ["leather"], soughtBy: ["trade"],
    offer: {
      title: t("Leather footwear: men's, women's and safety", "Кожаная обувь: мужская, женская и специальная", "Charm poyabzal: erkaklar, ayollar va maxsus", "Чарм пойабзал: эркаклар, аёллар ва махсус", "Dəri ayaqqabı: kişi, qadın və xüsusi"),
      description: t("Genuine leather shoes and safety boots with steel toecaps; we also make them to your designs.", "Обувь из натуральной кожи и защитные ботинки с металлическим подноском; шьём и по вашим моделям.", "Tabiiy charmdan poyabzal va metall tumshuqli himoya botinkalari; sizning modellaringiz boʻyicha ham tikamiz.", "Табиий чармдан пойабзал ва металл тумшуқли ҳимоя ботинкалари; сизнинг моделларингиз бўйича ҳам тикамиз.", "Təbii dəridən ayaqqabı və metal burunluqlu qoruyucu botinkalar; sizin modelləriniz əsasında da tikirik."),
    },
    request: {
      title: t("Footwear for our stores", "Обувь для наших магазинов", "Doʻkonlarimiz uchun poyabzal", "Дўконларимиз учун пойабзал", "Mağazalarımız üçün ayaqqabı"),
      description: t("Retail chain seeking a maker of leather footwear for its autumn and winter collections.", "Розничная сеть ищет производителя кожаной обуви для осенне-зимних коллекций.", "Chakana savdo tarmogʻi kuz-qish kolleksiyalari uchun charm poyabzal ishlab chiqaruvchisini qidirmoqda.", "Чакана савдо тармоғи куз-қиш коллекциялари учун чарм пойабзал ишлаб чиқарувчисини қидирмоқда.", "Pərakəndə şəbəkə payız-qış kolleksiyaları üçün dəri ayaqqabı istehsalçısı axtarır."),
    },
  },
  {
    key: "shipping", hsChapters: ["89"], sectors: ["50", "33"], cooperationKinds: ["logistics"],
    quantity: { unit: "t", min: 1_000, max: 20_000 },
    offeredBy: ["shipping"], soughtBy: ["logistics"],
    offer: {
      title: t("Caspian shipping and ship repair", "Морские перевозки по Каспию и судоремонт", "Kaspiy orqali dengiz tashuvi va kema taʼmiri", "Каспий орқали денгиз ташуви ва кема таъмири", "Xəzərdə dəniz daşımaları və gəmi təmiri"),
      description: t("Dry-cargo vessels of 5,000–7,000 t between Baku, Aktau and Turkmenbashi; dry-dock repairs.", "Сухогрузы 5 000–7 000 т между Баку, Актау и Туркменбаши; ремонт в сухом доке.", "Boku, Oqtov va Turkmanboshi oʻrtasida 5 000–7 000 t li quruq yuk kemalari; quruq dokda taʼmirlash.", "Боку, Оқтов ва Туркманбоши ўртасида 5 000–7 000 т ли қуруқ юк кемалари; қуруқ докда таъмирлаш.", "Bakı, Aktau və Türkmənbaşı arasında 5 000–7 000 t-luq quru yük gəmiləri; quru dokda təmir."),
    },
    request: {
      title: t("Vessel charter for Caspian cargo", "Фрахт судна для грузов по Каспию", "Kaspiy yuklari uchun kema fraxti", "Каспий юклари учун кема фрахти", "Xəzər yükləri üçün gəmi fraxtı"),
      description: t("Forwarder seeks a time charter for project and bulk cargo from Alat to Kuryk and back.", "Экспедитор ищет тайм-чартер для проектных и навалочных грузов на линии Алят — Курык и обратно.", "Ekspeditor Olat — Quriq yoʻnalishida loyiha va sochiluvchan yuklar uchun taym-charter qidirmoqda.", "Экспедитор Олат — Қуриқ йўналишида лойиҳа ва сочилувчан юклар учун тайм-чартер қидирмоқда.", "Ekspeditor Ələt — Kurık xəttində layihə və səpələnən yüklər üçün taym-çarter axtarır."),
    },
    project: {
      title: t("Dry-cargo vessels for the Caspian, built jointly", "Совместное строительство сухогрузов для Каспия", "Kaspiy uchun quruq yuk kemalarini birgalikda qurish", "Каспий учун қуруқ юк кемаларини биргаликда қуриш", "Xəzər üçün quru yük gəmilərinin birgə inşası"),
      description: t("Four 7,000 t dry-cargo vessels from a Caspian shipyard, to carry Central Asian cargo on the Middle Corridor.", "Четыре сухогруза по 7 000 т на каспийской верфи для грузов Центральной Азии на Среднем коридоре.", "Oʻrta yoʻlak orqali Markaziy Osiyo yuklarini tashish uchun Kaspiy kemasozlik zavodida 7 000 t li toʻrtta quruq yuk kemasi.", "Ўрта йўлак орқали Марказий Осиё юкларини ташиш учун Каспий кемасозлик заводида 7 000 т ли тўртта қуруқ юк кемаси.", "Orta Dəhliz ilə Mərkəzi Asiya yüklərinin daşınması üçün Xəzər gəmiqayırma zavodunda 7 000 t-luq dörd quru yük gəmisi."),
      partnerRole: t("A shipper or investor who books cargo for years ahead and takes a share in the vessels.", "Грузовладелец или инвестор, который законтрактует груз на годы вперёд и войдёт в долю судов.", "Yillar oldinga yuk kafolatlaydigan va kemalarda ulushga ega boʻladigan yuk egasi yoki investor.", "Йиллар олдинга юк кафолатлайдиган ва кемаларда улушга эга бўладиган юк эгаси ёки инвестор.", "İllər qabağa yük təmin edəcək və gəmilərdə pay alacaq yükgöndərən və ya investor."),
      capitalUsd: 48_000_000, stage: "financing", cooperationKinds: ["joint-venture", "investment", "logistics"],
    },
  },
  {
    key: "glass", hsChapters: ["70"], sectors: ["23"], cooperationKinds: ["supply"],
    quantity: { unit: "m2", min: 10_000, max: 300_000 },
    offeredBy: ["construction"], soughtBy: ["construction", "aluminium"],
    offer: {
      title: t("Float glass and double glazing", "Флоат-стекло и стеклопакеты", "Flot oyna va shisha paketlar", "Флот ойна ва шиша пакетлар", "Flot şüşə və şüşə paketlər"),
      description: t("Clear and tinted float glass 4–10 mm and low-E double glazing cut to size.", "Прозрачное и тонированное флоат-стекло 4–10 мм и энергосберегающие стеклопакеты в размер.", "4–10 mm li shaffof va tonlangan flot oyna hamda oʻlcham boʻyicha energiya tejovchi shisha paketlar.", "4–10 мм ли шаффоф ва тонланган флот ойна ҳамда ўлчам бўйича энергия тежовчи шиша пакетлар.", "4–10 mm şəffaf və rənglənmiş flot şüşə, ölçüyə görə enerjiyə qənaət edən şüşə paketlər."),
    },
    request: {
      title: t("Float glass for window systems", "Флоат-стекло для оконных систем", "Deraza tizimlari uchun flot oyna", "Дераза тизимлари учун флот ойна", "Pəncərə sistemləri üçün flot şüşə"),
      description: t("Window and facade maker buying 4 and 6 mm float glass by the truckload.", "Производитель окон и фасадов закупает флоат-стекло 4 и 6 мм фурами.", "Deraza va fasad ishlab chiqaruvchi 4 va 6 mm li flot oynani furalab sotib oladi.", "Дераза ва фасад ишлаб чиқарувчи 4 ва 6 мм ли флот ойнани фуралаб сотиб олади.", "Pəncərə və fasad istehsalçısı 4 və 6 mm flot şüşəni tırlarla alır."),
    },
  },
  {
    key: "packaging", hsChapters: ["48", "39"], sectors: ["17", "22"], cooperationKinds: ["supply"],
    quantity: { unit: "pcs", min: 50_000, max: 2_000_000 },
    offeredBy: ["chemicals"], soughtBy: ["fruit", "food", "beverages", "pharma", "fertilizers"],
    offer: {
      title: t("Corrugated boxes and plastic packaging", "Гофрокороба и пластиковая упаковка", "Gofrokarton qutilar va plastik qadoqlar", "Гофрокартон қутилар ва пластик қадоқлар", "Büzməli karton qutular və plastik qablaşdırma"),
      description: t("Printed fruit trays and boxes, stretch film and PET preforms; short runs from 5,000.", "Фруктовые лотки и короба с печатью, стретч-плёнка и ПЭТ-преформы; малые тиражи от 5 000.", "Bosma naqshli meva laganchalari va qutilar, strech-plyonka va PET preformalar; 5 000 donadan kichik partiyalar.", "Босма нақшли мева лаганчалари ва қутилар, стреч-плёнка ва PET преформалар; 5 000 донадан кичик партиялар.", "Çaplı meyvə qabları və qutular, streç-plyonka və PET preformalar; 5 000 ədəddən kiçik tirajlar."),
    },
    request: {
      title: t("Packaging for our products", "Упаковка для нашей продукции", "Mahsulotlarimiz uchun qadoq", "Маҳсулотларимиз учун қадоқ", "Məhsullarımız üçün qablaşdırma"),
      description: t("Every month we need printed boxes, big bags and film with export labelling.", "Ежемесячно нужны короба с печатью, биг-бэги и плёнка с экспортной маркировкой.", "Har oy bosma qutilar, big-beglar va eksport yorligʻi tushirilgan plyonka kerak.", "Ҳар ой босма қутилар, биг-беглар ва экспорт ёрлиғи туширилган плёнка керак.", "Hər ay çaplı qutular, biq-beqlər və ixrac markalanmalı plyonka lazımdır."),
    },
  },
];
