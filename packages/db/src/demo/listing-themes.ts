/**
 * What demo companies offer and seek: one theme per product, with a title and a sentence in English, Russian,
 * Uzbek (Latin and Cyrillic) and Azerbaijani, so search can be tried in every language and script.
 */
export type ThemeText = { en: string; ru: string; uz: string; uzCyrl: string; az: string };
export type ListingTheme = {
  key: string;
  hsChapters: string[];
  sectors: string[];
  cooperationKinds: string[];
  unit: string;
  offer: { title: ThemeText; description: ThemeText };
  request: { title: ThemeText; description: ThemeText };
};

const t = (en: string, ru: string, uz: string, uzCyrl: string, az: string): ThemeText => ({ en, ru, uz, uzCyrl, az });

export const listingThemes: readonly ListingTheme[] = [
  {
    key: "cotton-yarn", hsChapters: ["52"], sectors: ["13"], cooperationKinds: ["supply", "distribution"], unit: "t",
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
    key: "textiles", hsChapters: ["63", "61"], sectors: ["13", "14"], cooperationKinds: ["manufacturing", "distribution"], unit: "pcs",
    offer: {
      title: t("Home textiles and knitwear", "Домашний текстиль и трикотаж", "Uy toʻqimachilik mahsulotlari va trikotaj", "Уй тўқимачилик маҳсулотлари ва трикотаж", "Ev tekstili və trikotaj"),
      description: t("Towels, bed linen and T-shirts; we also sew under your brand.", "Полотенца, постельное бельё и футболки; шьём и под вашей маркой.", "Sochiqlar, choyshablar va futbolkalar; sizning brendingiz ostida ham tikamiz.", "Сочиқлар, чойшаблар ва футболкалар; сизнинг брендингиз остида ҳам тикамиз.", "Dəsmallar, yataq dəstləri və futbolkalar; sizin brendinizlə də tikirik."),
    },
    request: {
      title: t("Looking for a textile producer for our stores", "Ищем производителя текстиля для наших магазинов", "Doʻkonlarimiz uchun toʻqimachilik ishlab chiqaruvchisini qidiryapmiz", "Дўконларимиз учун тўқимачилик ишлаб чиқарувчисини қидиряпмиз", "Mağazalarımız üçün tekstil istehsalçısı axtarırıq"),
      description: t("Retail chain seeking towels and bed linen under private label.", "Розничная сеть ищет полотенца и постельное бельё под собственной маркой.", "Chakana savdo tarmogʻi oʻz brendi ostida sochiq va choyshab qidirmoqda.", "Чакана савдо тармоғи ўз бренди остида сочиқ ва чойшаб қидирмоқда.", "Pərakəndə şəbəkə öz brendi ilə dəsmal və yataq dəstləri axtarır."),
    },
  },
  {
    key: "silk", hsChapters: ["50"], sectors: ["13"], cooperationKinds: ["supply", "joint-venture"], unit: "kg",
    offer: {
      title: t("Raw silk and silk fabric", "Шёлк-сырец и шёлковые ткани", "Xom ipak va ipak matolar", "Хом ипак ва ипак матолар", "Xam ipək və ipək parçalar"),
      description: t("Natural silk from our own cocoons; hand-woven atlas and adras.", "Натуральный шёлк из собственных коконов; атлас и адрас ручной работы.", "Oʻz pillamizdan tabiiy ipak; qoʻlda toʻqilgan atlas va adras.", "Ўз пилламиздан табиий ипак; қўлда тўқилган атлас ва адрас.", "Öz baramamızdan təbii ipək; əl ilə toxunmuş atlas və adras."),
    },
    request: {
      title: t("Silk cocoons wanted", "Нужны коконы шелкопряда", "Ipak pillasi kerak", "Ипак пилласи керак", "İpək baraması lazımdır"),
      description: t("Silk mill buying fresh and dried cocoons for the next season.", "Шёлкомотальная фабрика закупает свежие и сушёные коконы на следующий сезон.", "Ipak fabrikasi keyingi mavsum uchun yangi va quritilgan pilla sotib oladi.", "Ипак фабрикаси кейинги мавсум учун янги ва қуритилган пилла сотиб олади.", "İpək fabriki növbəti mövsüm üçün təzə və qurudulmuş barama alır."),
    },
  },
  {
    key: "fruit", hsChapters: ["08", "07"], sectors: ["01"], cooperationKinds: ["supply"], unit: "t",
    offer: {
      title: t("Fresh fruit and vegetables", "Свежие фрукты и овощи", "Yangi meva va sabzavotlar", "Янги мева ва сабзавотлар", "Təzə meyvə və tərəvəz"),
      description: t("Apricots, grapes, cherries, tomatoes; refrigerated trucks, all year.", "Абрикосы, виноград, черешня, томаты; рефрижераторы круглый год.", "Oʻrik, uzum, gilos, pomidor; refrijerator yuk mashinalarida yil boʻyi.", "Ўрик, узум, гилос, помидор; рефрижератор юк машиналарида йил бўйи.", "Ərik, üzüm, gilas, pomidor; soyuducu maşınlarla il boyu."),
    },
    request: {
      title: t("Importing fruit and vegetables", "Импортируем фрукты и овощи", "Meva va sabzavot import qilamiz", "Мева ва сабзавот импорт қиламиз", "Meyvə və tərəvəz idxal edirik"),
      description: t("Wholesale buyer for supermarkets: regular deliveries of fresh produce.", "Оптовый покупатель для супермаркетов: регулярные поставки свежей продукции.", "Supermarketlar uchun ulgurji xaridor: yangi mahsulotlarni muntazam yetkazib berish.", "Супермаркетлар учун улгуржи харидор: янги маҳсулотларни мунтазам етказиб бериш.", "Supermarketlər üçün topdan alıcı: təzə məhsulların müntəzəm tədarükü."),
    },
  },
  {
    key: "dried-fruit", hsChapters: ["08", "20"], sectors: ["10"], cooperationKinds: ["supply", "distribution"], unit: "t",
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
    key: "fertilizers", hsChapters: ["31"], sectors: ["20"], cooperationKinds: ["supply"], unit: "t",
    offer: {
      title: t("Nitrogen and phosphate fertilizers", "Азотные и фосфорные удобрения", "Azotli va fosforli oʻgʻitlar", "Азотли ва фосфорли ўғитлар", "Azot və fosfor gübrələri"),
      description: t("Urea, ammonium nitrate and ammophos in bags or in bulk.", "Карбамид, аммиачная селитра и аммофос в мешках или навалом.", "Karbamid, ammiakli selitra va ammofos qoplarda yoki sochma holda.", "Карбамид, аммиакли селитра ва аммофос қопларда ёки сочма ҳолда.", "Karbamid, ammonium şorası və ammofos kisələrdə və ya tökmə halında."),
    },
    request: {
      title: t("Fertilizers for the spring season", "Удобрения к весеннему сезону", "Bahorgi mavsum uchun oʻgʻitlar", "Баҳорги мавсум учун ўғитлар", "Yaz mövsümü üçün gübrələr"),
      description: t("Agricultural cooperative buying urea and ammophos.", "Сельхозкооператив закупает карбамид и аммофос.", "Qishloq xoʻjaligi kooperativi karbamid va ammofos sotib oladi.", "Қишлоқ хўжалиги кооперативи карбамид ва аммофос сотиб олади.", "Kənd təsərrüfatı kooperativi karbamid və ammofos alır."),
    },
  },
  {
    key: "cement", hsChapters: ["25", "68"], sectors: ["23"], cooperationKinds: ["supply", "distribution"], unit: "t",
    offer: {
      title: t("Cement and building materials", "Цемент и строительные материалы", "Sement va qurilish materiallari", "Цемент ва қурилиш материаллари", "Sement və tikinti materialları"),
      description: t("Portland cement M400/M500, plasterboard and dry mixes.", "Портландцемент М400/М500, гипсокартон и сухие смеси.", "Portlandsement M400/M500, gipsokarton va quruq qorishmalar.", "Портландцемент М400/М500, гипсокартон ва қуруқ қоришмалар.", "Portlandsement M400/M500, gipskarton və quru qarışıqlar."),
    },
    request: {
      title: t("Building materials for housing projects", "Стройматериалы для жилищного строительства", "Uy-joy qurilishi uchun qurilish materiallari", "Уй-жой қурилиши учун қурилиш материаллари", "Yaşayış tikintisi üçün tikinti materialları"),
      description: t("Developer buying cement, tiles and plasterboard in volume.", "Девелопер закупает цемент, плитку и гипсокартон крупным оптом.", "Quruvchi kompaniya sement, kafel va gipsokartonni katta hajmda sotib oladi.", "Қурувчи компания цемент, кафел ва гипсокартонни катта ҳажмда сотиб олади.", "Tikinti şirkəti sement, kafel və gipskartonu böyük həcmdə alır."),
    },
  },
  {
    key: "aluminium", hsChapters: ["76"], sectors: ["24"], cooperationKinds: ["supply", "manufacturing"], unit: "t",
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
    key: "pharma", hsChapters: ["30"], sectors: ["21"], cooperationKinds: ["licensing", "distribution", "manufacturing"], unit: "pcs",
    offer: {
      title: t("Generic medicines, contract manufacturing", "Дженерики, контрактное производство лекарств", "Generik dori vositalari, buyurtma asosida ishlab chiqarish", "Генерик дори воситалари, буюртма асосида ишлаб чиқариш", "Generik dərmanlar, sifarişlə istehsal"),
      description: t("GMP plant producing tablets, capsules and infusion solutions.", "Завод по стандарту GMP: таблетки, капсулы и инфузионные растворы.", "GMP standartidagi zavod: tabletkalar, kapsulalar va infuzion eritmalar.", "GMP стандартидаги завод: таблеткалар, капсулалар ва инфузион эритмалар.", "GMP standartlı zavod: tabletlər, kapsullar və infuziya məhlulları."),
    },
    request: {
      title: t("Distributor seeks pharmaceutical producers", "Дистрибьютор ищет фармпроизводителей", "Distribyutor farmatsevtika ishlab chiqaruvchilarini qidirmoqda", "Дистрибютор фарматсевтика ишлаб чиқарувчиларини қидирмоқда", "Distribyutor əczaçılıq istehsalçıları axtarır"),
      description: t("Pharmacy chain looking for registered generic medicines.", "Аптечная сеть ищет зарегистрированные дженерики.", "Dorixonalar tarmogʻi roʻyxatdan oʻtgan generik dorilarni qidirmoqda.", "Дорихоналар тармоғи рўйхатдан ўтган генерик дориларни қидирмоқда.", "Aptek şəbəkəsi qeydiyyatdan keçmiş generik dərmanlar axtarır."),
    },
  },
  {
    key: "cars", hsChapters: ["87"], sectors: ["29"], cooperationKinds: ["distribution", "joint-venture"], unit: "pcs",
    offer: {
      title: t("Passenger cars and spare parts", "Легковые автомобили и запчасти", "Yengil avtomobillar va ehtiyot qismlar", "Енгил автомобиллар ва эҳтиёт қисмлар", "Minik avtomobilləri və ehtiyat hissələri"),
      description: t("Dealer network wanted for our cars; spare parts from stock.", "Ищем дилеров для наших автомобилей; запчасти со склада.", "Avtomobillarimiz uchun dilerlar qidiramiz; ehtiyot qismlar ombordan.", "Автомобилларимиз учун дилерлар қидирамиз; эҳтиёт қисмлар омбордан.", "Avtomobillərimiz üçün dilerlər axtarırıq; ehtiyat hissələri anbardan."),
    },
    request: {
      title: t("Car assembly partner wanted", "Ищем партнёра по сборке автомобилей", "Avtomobil yigʻish boʻyicha hamkor kerak", "Автомобил йиғиш бўйича ҳамкор керак", "Avtomobil yığılması üzrə tərəfdaş axtarılır"),
      description: t("Joint assembly of light commercial vehicles for the regional market.", "Совместная сборка лёгких коммерческих автомобилей для регионального рынка.", "Mintaqaviy bozor uchun yengil tijorat avtomobillarini birgalikda yigʻish.", "Минтақавий бозор учун енгил тижорат автомобилларини биргаликда йиғиш.", "Regional bazar üçün yüngül kommersiya avtomobillərinin birgə yığılması."),
    },
  },
  {
    key: "logistics", hsChapters: [], sectors: ["49", "52"], cooperationKinds: ["logistics"], unit: "t",
    offer: {
      title: t("Freight via the Middle Corridor", "Грузоперевозки по Среднему коридору", "Oʻrta yoʻlak orqali yuk tashish", "Ўрта йўлак орқали юк ташиш", "Orta Dəhliz ilə yükdaşıma"),
      description: t("Rail, ferry across the Caspian and trucks: Tashkent–Alat–Europe, door to door.", "Железная дорога, паром через Каспий и автотранспорт: Ташкент–Алят–Европа, от двери до двери.", "Temir yoʻl, Kaspiy orqali parom va avtotransport: Toshkent–Olat–Yevropa, eshikdan eshikkacha.", "Темир йўл, Каспий орқали паром ва автотранспорт: Тошкент–Олат–Европа, эшикдан эшиккача.", "Dəmir yolu, Xəzərdən bərə və avtomobil: Daşkənd–Ələt–Avropa, qapıdan qapıya."),
    },
    request: {
      title: t("Forwarder wanted for regular shipments", "Нужен экспедитор для регулярных отправок", "Muntazam joʻnatmalar uchun ekspeditor kerak", "Мунтазам жўнатмалар учун экспедитор керак", "Müntəzəm göndərişlər üçün ekspeditor lazımdır"),
      description: t("Exporter needs rail and ferry freight to the Caspian ports every month.", "Экспортёру нужны ежемесячные ж/д и паромные перевозки до портов Каспия.", "Eksportchiga har oy Kaspiy portlarigacha temir yoʻl va parom tashuvi kerak.", "Экспортчига ҳар ой Каспий портларигача темир йўл ва паром ташуви керак.", "İxracatçıya hər ay Xəzər limanlarınadək dəmir yolu və bərə daşıması lazımdır."),
    },
  },
  {
    key: "solar", hsChapters: ["85"], sectors: ["35", "27"], cooperationKinds: ["investment", "joint-venture", "technology-transfer"], unit: "pcs",
    offer: {
      title: t("Solar panels and installation", "Солнечные панели и монтаж", "Quyosh panellari va oʻrnatish", "Қуёш панеллари ва ўрнатиш", "Günəş panelləri və quraşdırma"),
      description: t("Turnkey solar power plants for factories and farms.", "Солнечные электростанции под ключ для заводов и ферм.", "Zavod va fermalar uchun kalit topshiriladigan quyosh elektr stansiyalari.", "Завод ва фермалар учун калит топшириладиган қуёш электр станциялари.", "Zavod və fermalar üçün açar təhvil günəş elektrik stansiyaları."),
    },
    request: {
      title: t("Partner for a green energy project", "Партнёр для проекта зелёной энергетики", "Yashil energetika loyihasi uchun hamkor", "Яшил энергетика лойиҳаси учун ҳамкор", "Yaşıl enerji layihəsi üçün tərəfdaş"),
      description: t("We seek equipment and an investor for a 20 MW solar plant.", "Ищем оборудование и инвестора для солнечной станции на 20 МВт.", "20 MVt quyosh stansiyasi uchun uskunalar va investor qidiryapmiz.", "20 МВт қуёш станцияси учун ускуналар ва инвестор қидиряпмиз.", "20 MVt günəş stansiyası üçün avadanlıq və investor axtarırıq."),
    },
  },
  {
    key: "carpets", hsChapters: ["57"], sectors: ["13"], cooperationKinds: ["distribution", "supply"], unit: "m2",
    offer: {
      title: t("Hand-woven carpets", "Ковры ручной работы", "Qoʻlda toʻqilgan gilamlar", "Қўлда тўқилган гиламлар", "Əl toxuması xalçalar"),
      description: t("Wool and silk carpets from family workshops, custom sizes.", "Шерстяные и шёлковые ковры из семейных мастерских, любые размеры.", "Oilaviy ustaxonalardan jun va ipak gilamlar, istalgan oʻlchamda.", "Оилавий устахоналардан жун ва ипак гиламлар, исталган ўлчамда.", "Ailə emalatxanalarından yun və ipək xalçalar, istənilən ölçüdə."),
    },
    request: {
      title: t("Carpets for our showrooms", "Ковры для наших салонов", "Koʻrgazma zallarimiz uchun gilamlar", "Кўргазма залларимиз учун гиламлар", "Salonlarımız üçün xalçalar"),
      description: t("Interior retailer buying hand-made carpets and kilims.", "Интерьерный ритейлер закупает ковры и килимы ручной работы.", "Interyer doʻkoni qoʻlda toʻqilgan gilam va kilimlarni sotib oladi.", "Интерьер дўкони қўлда тўқилган гилам ва килимларни сотиб олади.", "İnteryer mağazası əl işi xalça və kilimlər alır."),
    },
  },
];
