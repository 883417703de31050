/**
 * What the demo companies do: the seed article's sectors of Uzbek–Azerbaijani cooperation, each with its ISIC
 * divisions, HS chapters and a short description in English, Russian, Uzbek (Latin and Cyrillic) and Azerbaijani.
 */
export type CompanyTheme = {
  sectors: string[];
  hsChapters: string[];
  exportsTo: string[];
  importsFrom: string[];
  text: { en: string; ru: string; uz: string; uzCyrl: string; az: string };
};

export const companyThemes = {
  cotton: {
    sectors: ["13", "14"],
    hsChapters: ["52", "61"],
    exportsTo: ["AZ", "RU", "TR", "CN"],
    importsFrom: ["DE", "CN"],
    text: {
      en: "Vertically integrated cotton cluster: ginning, spinning of combed yarn (Ne 20–40), knitted fabric and finished garments. Annual capacity 6,000 t of yarn; OEKO-TEX certified.",
      ru: "Хлопково-текстильный кластер полного цикла: очистка хлопка, прядение гребенной пряжи (Ne 20–40), трикотажное полотно и готовая одежда. Мощность — 6 000 т пряжи в год, сертификат OEKO-TEX.",
      uz: "Toʻliq siklli paxta-toʻqimachilik klasteri: paxta tozalash, taralgan ip yigirish (Ne 20–40), trikotaj mato va tayyor kiyim. Yillik quvvat — 6 000 t ip, OEKO-TEX sertifikati.",
      uzCyrl: "Тўлиқ циклли пахта-тўқимачилик кластери: пахта тозалаш, таралган ип йигириш, трикотаж мато ва тайёр кийим. Йиллик қувват — 6 000 т ип.",
      az: "Tam dövrəli pambıq-toxuculuq klasteri: pambığın təmizlənməsi, daranmış iplik (Ne 20–40), trikotaj parça və hazır geyim. İllik güc — 6 000 t iplik, OEKO-TEX sertifikatı.",
    },
  },
  silk: {
    sectors: ["13"],
    hsChapters: ["50", "57"],
    exportsTo: ["AZ", "IT", "FR", "TR"],
    importsFrom: ["CN"],
    text: {
      en: "Raw silk, silk yarn and hand-woven atlas and adras fabrics from our own cocoon processing. We look for carpet and fashion partners.",
      ru: "Шёлк-сырец, шёлковая нить и ткани атлас и адрас ручной работы из собственного кокона. Ищем партнёров среди ковровых и модных производств.",
      uz: "Oʻz pillamizdan xom ipak, ipak ip hamda qoʻlda toʻqilgan atlas va adras matolari. Gilam va moda ishlab chiqaruvchilari bilan hamkorlik izlaymiz.",
      uzCyrl: "Ўз пилламиздан хом ипак, ипак ип ҳамда қўлда тўқилган атлас ва адрас матолари. Гилам ва мода ишлаб чиқарувчилари билан ҳамкорлик излаймиз.",
      az: "Öz barama emalımızdan xam ipək, ipək sap və əl ilə toxunmuş atlas və adras parçaları. Xalça və moda istehsalçıları ilə tərəfdaşlıq axtarırıq.",
    },
  },
  fruit: {
    sectors: ["01", "10"],
    hsChapters: ["07", "08", "20"],
    exportsTo: ["AZ", "RU", "KZ", "AE"],
    importsFrom: ["TR", "NL"],
    text: {
      en: "Fresh and dried fruit and vegetables: apricots, cherries, grapes, melons, onions. Own cold storage for 4,000 t, GlobalG.A.P. orchards, refrigerated trucks to the Caspian ports.",
      ru: "Свежие и сушёные фрукты и овощи: абрикос, черешня, виноград, дыни, лук. Собственный холодильный склад на 4 000 т, сады по GlobalG.A.P., рефрижераторы до каспийских портов.",
      uz: "Yangi va quritilgan meva-sabzavotlar: oʻrik, gilos, uzum, qovun, piyoz. 4 000 tonnalik oʻz sovutgich omborimiz, GlobalG.A.P. bogʻlari, Kaspiy portlarigacha refrijerator yuk mashinalari.",
      uzCyrl: "Янги ва қуритилган мева-сабзавотлар: ўрик, гилос, узум, қовун, пиёз. 4 000 тонналик ўз совутгич омборимиз, Каспий портларигача рефрижераторлар.",
      az: "Təzə və qurudulmuş meyvə-tərəvəz: ərik, gilas, üzüm, qovun, soğan. 4 000 tonluq öz soyuducu anbarımız, GlobalG.A.P. bağları, Xəzər limanlarınadək refrijerator maşınları.",
    },
  },
  fertilizers: {
    sectors: ["20"],
    hsChapters: ["31", "28"],
    exportsTo: ["AZ", "AF", "KZ", "TR"],
    importsFrom: ["RU", "CN"],
    text: {
      en: "Nitrogen and phosphate fertilizers (ammonium nitrate, urea, ammophos) in bulk and big bags; rail deliveries via the Middle Corridor.",
      ru: "Азотные и фосфорные удобрения (аммиачная селитра, карбамид, аммофос) навалом и в биг-бэгах; поставки по железной дороге через Средний коридор.",
      uz: "Azotli va fosforli oʻgʻitlar (ammiakli selitra, karbamid, ammofos) sochma holda va big-beglarda; Oʻrta yoʻlak orqali temir yoʻl yetkazib berish.",
      uzCyrl: "Азотли ва фосфорли ўғитлар (аммиакли селитра, карбамид, аммофос); Ўрта йўлак орқали темир йўл етказиб бериш.",
      az: "Azot və fosfor gübrələri (ammonium nitrat, karbamid, ammofos) tökmə və biq-beqlərdə; Orta Dəhliz ilə dəmir yolu tədarükü.",
    },
  },
  construction: {
    sectors: ["23"],
    hsChapters: ["25", "68", "69"],
    exportsTo: ["AZ", "TJ", "AF", "KG"],
    importsFrom: ["DE", "TR"],
    text: {
      en: "Gypsum plasterboard, dry mixes and ceramic tiles. German production lines, 30 million m² of plasterboard a year; we seek distributors in the Caucasus.",
      ru: "Гипсокартон, сухие строительные смеси и керамическая плитка. Немецкие линии, 30 млн м² гипсокартона в год; ищем дистрибьюторов на Кавказе.",
      uz: "Gipsokarton, quruq qurilish aralashmalari va keramik plitkalar. Nemis liniyalari, yiliga 30 mln m² gipsokarton; Kavkazda distribyutorlar izlaymiz.",
      uzCyrl: "Гипсокартон, қуруқ қурилиш аралашмалари ва керамик плиткалар. Йилига 30 млн м² гипсокартон; Кавказда дистрибьюторлар излаймиз.",
      az: "Gipskarton, quru tikinti qarışıqları və keramik plitələr. Alman xətləri, ildə 30 mln m² gipskarton; Qafqazda distribyutorlar axtarırıq.",
    },
  },
  aluminium: {
    sectors: ["24", "25"],
    hsChapters: ["76"],
    exportsTo: ["UZ", "TR", "GE", "IT"],
    importsFrom: ["RU", "KZ"],
    text: {
      en: "Primary aluminium ingots, extruded profiles and windows systems. Anodising and powder-coating lines; ready to supply construction projects in Central Asia.",
      ru: "Первичный алюминий в слитках, экструдированные профили и оконные системы. Линии анодирования и порошковой покраски; готовы к поставкам для строек Центральной Азии.",
      uz: "Birlamchi alyuminiy quymalari, ekstruziya profillari va deraza tizimlari. Anodlash va kukunli boʻyash liniyalari.",
      uzCyrl: "Бирламчи алюминий қуймалари, экструзия профиллари ва дераза тизимлари.",
      az: "İlkin alüminium külçələri, ekstruziya profilləri və pəncərə sistemləri. Anodlaşdırma və toz boya xətləri; Mərkəzi Asiya tikintilərinə tədarükə hazırıq.",
    },
  },
  pharma: {
    sectors: ["21"],
    hsChapters: ["30"],
    exportsTo: ["AZ", "KG", "TJ", "AF"],
    importsFrom: ["IN", "DE", "CN"],
    text: {
      en: "GMP-certified manufacturer of generic tablets, syrups and infusion solutions; 140 registered products. Open to contract manufacturing and registration partnerships.",
      ru: "Производитель дженериков по GMP: таблетки, сиропы, инфузионные растворы; 140 зарегистрированных препаратов. Открыты для контрактного производства и совместной регистрации.",
      uz: "GMP boʻyicha generik dori vositalari ishlab chiqaruvchi: tabletkalar, siroplar, infuzion eritmalar; 140 ta roʻyxatdan oʻtgan preparat.",
      uzCyrl: "GMP бўйича генерик дори воситалари ишлаб чиқарувчи: таблеткалар, сироплар, инфузион эритмалар; 140 та рўйхатдан ўтган препарат.",
      az: "GMP sertifikatlı generik istehsalçısı: tabletlər, siroplar, infuziya məhlulları; 140 qeydiyyatlı preparat. Müqavilə əsasında istehsala açığıq.",
    },
  },
  cars: {
    sectors: ["29", "45"],
    hsChapters: ["87", "40"],
    exportsTo: ["AZ", "KZ", "RU", "GE"],
    importsFrom: ["KR", "CN"],
    text: {
      en: "Assembly and distribution of passenger cars and light commercial vehicles, spare parts and service network. Partner of the joint car assembly project in Hajigabul.",
      ru: "Сборка и дистрибуция легковых автомобилей и лёгкого коммерческого транспорта, запчасти и сервисная сеть. Участник совместного проекта автосборки в Гаджигабуле.",
      uz: "Yengil avtomobillar va yengil tijorat transportini yigʻish va sotish, ehtiyot qismlar va servis tarmogʻi. Hojigʻabuldagi qoʻshma avtoyigʻish loyihasi ishtirokchisi.",
      uzCyrl: "Енгил автомобиллар ва енгил тижорат транспортини йиғиш ва сотиш, эҳтиёт қисмлар ва сервис тармоғи.",
      az: "Minik avtomobillərinin və yüngül kommersiya nəqliyyatının yığılması və satışı, ehtiyat hissələri və servis şəbəkəsi. Hacıqabulda birgə avtomobil yığımı layihəsinin iştirakçısı.",
    },
  },
  logistics: {
    sectors: ["49", "52"],
    hsChapters: [],
    exportsTo: ["UZ", "AZ", "GE", "TR", "KZ"],
    importsFrom: [],
    text: {
      en: "Multimodal freight along the Trans-Caspian route: rail to Aktau and Turkmenbashi, ferry to Alat port, trucks to Georgia and Türkiye. Customs brokerage and bonded warehouse.",
      ru: "Мультимодальные перевозки по Транскаспийскому маршруту: ж/д до Актау и Туркменбаши, паром до порта Алят, автоперевозки в Грузию и Турцию. Таможенное оформление и СВХ.",
      uz: "Transkaspiy yoʻnalishi boʻyicha multimodal tashishlar: Oqtov va Turkmanboshigacha temir yoʻl, Olot portigacha parom, Gruziya va Turkiyaga avtotashish. Bojxona rasmiylashtiruvi.",
      uzCyrl: "Транскаспий йўналиши бўйича мультимодал ташишлар: темир йўл, паром ва автотранспорт. Божхона расмийлаштируви ва омбор.",
      az: "Transxəzər marşrutu ilə multimodal daşımalar: Aktau və Türkmənbaşıya dəmir yolu, Ələt limanına bərə, Gürcüstan və Türkiyəyə avtomobil daşımaları. Gömrük rəsmiləşdirilməsi.",
    },
  },
  it: {
    sectors: ["62", "63"],
    hsChapters: [],
    exportsTo: ["UZ", "AZ", "KZ", "DE", "US"],
    importsFrom: [],
    text: {
      en: "Software development and IT outsourcing: fintech, e-government and logistics platforms. 120 engineers; IT Park resident; English, Russian, Uzbek and Azerbaijani speaking teams.",
      ru: "Разработка ПО и ИТ-аутсорсинг: финтех, электронное правительство, логистические платформы. 120 инженеров; резидент IT Park.",
      uz: "Dasturiy taʼminot ishlab chiqish va IT-autsorsing: fintex, elektron hukumat va logistika platformalari. 120 muhandis; IT Park rezidenti.",
      uzCyrl: "Дастурий таъминот ишлаб чиқиш ва IT-аутсорсинг: финтех, электрон ҳукумат ва логистика платформалари. 120 муҳандис.",
      az: "Proqram təminatının hazırlanması və İT autsorsinq: fintex, elektron hökumət və logistika platformaları. 120 mühəndis.",
    },
  },
  hotels: {
    sectors: ["55", "79"],
    hsChapters: [],
    exportsTo: [],
    importsFrom: [],
    text: {
      en: "Boutique hotels and tour operator: Silk Road itineraries linking Samarkand, Bukhara, Khiva, Baku and Sheki. Group and MICE programmes, direct contracts with airlines.",
      ru: "Бутик-отели и туроператор: маршруты Шёлкового пути — Самарканд, Бухара, Хива, Баку и Шеки. Групповые и MICE-программы.",
      uz: "Butik mehmonxonalar va turoperator: Samarqand, Buxoro, Xiva, Boku va Shakini bogʻlovchi Buyuk ipak yoʻli marshrutlari.",
      uzCyrl: "Бутик меҳмонхоналар ва туроператор: Самарқанд, Бухоро, Хива, Боку ва Шакини боғловчи Буюк ипак йўли маршрутлари.",
      az: "Butik otellər və turoperator: Səmərqənd, Buxara, Xivə, Bakı və Şəkini birləşdirən İpək Yolu marşrutları. Qrup və MICE proqramları.",
    },
  },
  jewellery: {
    sectors: ["32"],
    hsChapters: ["71"],
    exportsTo: ["AZ", "AE", "TR", "RU"],
    importsFrom: ["IT", "AE"],
    text: {
      en: "Gold and silver jewellery in traditional Central Asian and Caucasian designs, 585 and 750 gold; wholesale to retailers and private label.",
      ru: "Ювелирные изделия из золота и серебра в традиционном среднеазиатском и кавказском стиле, золото 585 и 750 пробы; опт и собственная торговая марка клиента.",
      uz: "Anʼanaviy Oʻrta Osiyo va Kavkaz uslubidagi oltin va kumush zargarlik buyumlari, 585 va 750 probali oltin; ulgurji savdo.",
      uzCyrl: "Анъанавий Ўрта Осиё ва Кавказ услубидаги олтин ва кумуш заргарлик буюмлари; улгуржи савдо.",
      az: "Ənənəvi Mərkəzi Asiya və Qafqaz üslubunda qızıl və gümüş zərgərlik məmulatları, 585 və 750 əyar qızıl; topdan satış.",
    },
  },
  machinery: {
    sectors: ["28"],
    hsChapters: ["84", "87"],
    exportsTo: ["AZ", "KZ", "TJ", "TM"],
    importsFrom: ["BY", "CN", "DE"],
    text: {
      en: "Agricultural machinery: tractors, cotton pickers, seed drills and trailers assembled under licence, with service and spare parts. Ready to set up assembly on a partner's site.",
      ru: "Сельхозтехника: тракторы, хлопкоуборочные машины, сеялки и прицепы, собираемые по лицензии; сервис и запчасти. Готовы организовать сборку на площадке партнёра.",
      uz: "Qishloq xoʻjaligi texnikasi: litsenziya asosida yigʻiladigan traktorlar, paxta terish mashinalari, seyalkalar va tirkamalar; servis va ehtiyot qismlar. Hamkor maydonida yigʻishni yoʻlga qoʻyishga tayyormiz.",
      uzCyrl: "Қишлоқ хўжалиги техникаси: лицензия асосида йиғиладиган тракторлар, пахта териш машиналари, сеялкалар ва тиркамалар; сервис ва эҳтиёт қисмлар.",
      az: "Kənd təsərrüfatı texnikası: lisenziya əsasında yığılan traktorlar, pambıqyığan kombaynlar, toxumsəpənlər və qoşqular; servis və ehtiyat hissələri. Tərəfdaşın meydançasında yığım qurmağa hazırıq.",
    },
  },
  electrical: {
    sectors: ["27"],
    hsChapters: ["85"],
    exportsTo: ["AZ", "UZ", "KZ", "GE", "TR"],
    importsFrom: ["CN", "TR"],
    text: {
      en: "Power and control cables, aluminium and copper wire, transformers and household appliances. Our own wire-drawing and extrusion lines; products certified for the CIS and the EU.",
      ru: "Силовые и контрольные кабели, алюминиевый и медный провод, трансформаторы и бытовая техника. Собственные линии волочения и экструзии; продукция сертифицирована для СНГ и ЕС.",
      uz: "Kuch va nazorat kabellari, alyuminiy va mis simlar, transformatorlar va maishiy texnika. Oʻzimizning sim choʻzish va ekstruziya liniyalarimiz; mahsulotlar MDH va Yevropa Ittifoqi uchun sertifikatlangan.",
      uzCyrl: "Куч ва назорат кабеллари, алюминий ва мис симлар, трансформаторлар ва маиший техника. Ўзимизнинг сим чўзиш ва экструзия линияларимиз.",
      az: "Güc və nəzarət kabelləri, alüminium və mis məftil, transformatorlar və məişət texnikası. Öz məftilçəkmə və ekstruziya xətlərimiz; məhsullar MDB və Avropa İttifaqı üçün sertifikatlıdır.",
    },
  },
  chemicals: {
    sectors: ["20", "22"],
    hsChapters: ["39", "28"],
    exportsTo: ["UZ", "AZ", "TR", "GE", "KZ"],
    importsFrom: ["RU", "CN"],
    text: {
      en: "Polyethylene and polypropylene granules, caustic soda and plastic packaging. Rail and road deliveries in 25 kg bags and big bags; technical support for processors.",
      ru: "Гранулы полиэтилена и полипропилена, каустическая сода и пластиковая упаковка. Поставки по железной дороге и автотранспортом в мешках по 25 кг и биг-бэгах; техническая поддержка переработчиков.",
      uz: "Polietilen va polipropilen granulalari, kaustik soda va plastik qadoqlar. 25 kg li qoplarda va big-beglarda temir yoʻl hamda avtotransport orqali yetkazib berish; qayta ishlovchilarga texnik yordam.",
      uzCyrl: "Полиэтилен ва полипропилен гранулалари, каустик сода ва пластик қадоқлар. Темир йўл ва автотранспорт орқали етказиб бериш.",
      az: "Polietilen və polipropilen qranulları, kaustik soda və plastik qablaşdırma. 25 kq-lıq kisələrdə və biq-beqlərdə dəmir yolu və avtomobil ilə tədarük; emalçılara texniki dəstək.",
    },
  },
  petroleum: {
    sectors: ["19", "09"],
    hsChapters: ["27", "34"],
    exportsTo: ["UZ", "AZ", "GE", "TR", "AF"],
    importsFrom: ["RU", "KZ"],
    text: {
      en: "Motor and industrial oils, lubricants and road bitumen from our own blending plant; oilfield services for onshore fields. Tank-car deliveries across the Caspian.",
      ru: "Моторные и индустриальные масла, смазки и дорожный битум с собственного блендинг-завода; сервис для сухопутных месторождений. Поставки в цистернах через Каспий.",
      uz: "Oʻz aralashtirish zavodimizdan motor va sanoat moylari, surkov materiallari va yoʻl bitumi; quruqlikdagi konlar uchun servis xizmatlari. Kaspiy orqali sisternalarda yetkazib berish.",
      uzCyrl: "Ўз аралаштириш заводимиздан мотор ва саноат мойлари, сурков материаллари ва йўл битуми; қуруқликдаги конлар учун сервис хизматлари.",
      az: "Öz qarışdırma zavodumuzdan motor və sənaye yağları, sürtkü materialları və yol bitumu; quru yataqları üçün neft-mədən xidmətləri. Xəzər üzərindən sisternlərlə tədarük.",
    },
  },
  food: {
    sectors: ["10"],
    hsChapters: ["10", "11", "19"],
    exportsTo: ["AZ", "TJ", "AF", "KG"],
    importsFrom: ["KZ", "RU"],
    text: {
      en: "Grain elevator and flour mill: premium and first-grade wheat flour, pasta and biscuits. Storage for 50,000 t of grain; own laboratory; packed from 2 kg to 50 kg.",
      ru: "Элеватор и мельница: пшеничная мука высшего и первого сорта, макаронные изделия и печенье. Хранение 50 000 т зерна; собственная лаборатория; фасовка от 2 до 50 кг.",
      uz: "Elevator va un tegirmoni: oliy va birinchi navli bugʻdoy uni, makaron mahsulotlari va pechenye. 50 000 t don saqlash quvvati; oʻz laboratoriyamiz; 2 kg dan 50 kg gacha qadoqlash.",
      uzCyrl: "Элеватор ва ун тегирмони: олий ва биринчи навли буғдой уни, макарон маҳсулотлари ва печенье. 50 000 т дон сақлаш қуввати.",
      az: "Elevator və dəyirman: əla və birinci növ buğda unu, makaron məmulatları və peçenye. 50 000 t taxıl saxlama gücü; öz laboratoriyamız; 2 kq-dan 50 kq-a qədər qablaşdırma.",
    },
  },
  beverages: {
    sectors: ["11", "10"],
    hsChapters: ["22", "09", "20"],
    exportsTo: ["UZ", "AZ", "RU", "KZ", "GE"],
    importsFrom: ["IN", "CN", "TR"],
    text: {
      en: "Tea, fruit juices and mineral water: a tea-packing line, juice pressing in season and a spring of our own. Private label for retail chains and hotels.",
      ru: "Чай, фруктовые соки и минеральная вода: линия фасовки чая, отжим соков в сезон и собственный источник. Собственная торговая марка для сетей и отелей.",
      uz: "Choy, meva sharbatlari va mineral suv: choy qadoqlash liniyasi, mavsumda sharbat siqish va oʻz buloqimiz. Savdo tarmoqlari va mehmonxonalar uchun ularning brendi ostida ishlab chiqarish.",
      uzCyrl: "Чой, мева шарбатлари ва минерал сув: чой қадоқлаш линияси, мавсумда шарбат сиқиш ва ўз булоғимиз.",
      az: "Çay, meyvə şirələri və mineral su: çay qablaşdırma xətti, mövsümdə şirə sıxılması və öz bulağımız. Ticarət şəbəkələri və otellər üçün onların brendi ilə istehsal.",
    },
  },
  leather: {
    sectors: ["15"],
    hsChapters: ["41", "64", "42"],
    exportsTo: ["AZ", "TR", "IT", "RU"],
    importsFrom: ["TR", "IT"],
    text: {
      en: "Tannery and shoe factory: finished cattle and sheep leather, men's, women's and safety footwear, bags. Chrome and vegetable tanning; Italian cutting machines.",
      ru: "Кожевенный завод и обувная фабрика: готовая кожа КРС и овчина, мужская, женская и спецобувь, сумки. Хромовое и растительное дубление; итальянские раскройные машины.",
      uz: "Teri zavodi va poyabzal fabrikasi: tayyor qoramol va qoʻy terisi, erkaklar, ayollar va maxsus poyabzali, sumkalar. Xromli va oʻsimlik oshlash; Italiya bichish mashinalari.",
      uzCyrl: "Тери заводи ва пойабзал фабрикаси: тайёр қорамол ва қўй териси, эркаклар, аёллар ва махсус пойабзали, сумкалар.",
      az: "Dəri zavodu və ayaqqabı fabriki: hazır iribuynuzlu mal və qoyun dərisi, kişi, qadın və xüsusi ayaqqabılar, çantalar. Xrom və bitki aşılaması; İtaliya biçki maşınları.",
    },
  },
  shipping: {
    sectors: ["50", "33"],
    hsChapters: ["89"],
    exportsTo: [],
    importsFrom: [],
    text: {
      en: "Caspian shipping and ship repair: dry-cargo vessels and tankers between Baku, Aktau and Turkmenbashi, a dry dock for vessels up to 8,000 t. Time and voyage charters.",
      ru: "Каспийское судоходство и судоремонт: сухогрузы и танкеры между Баку, Актау и Туркменбаши, сухой док для судов до 8 000 т. Тайм- и рейсовые чартеры.",
      uz: "Kaspiy dengizida kema qatnovi va kema taʼmiri: Boku, Oqtov va Turkmanboshi oʻrtasida quruq yuk kemalari va tankerlar, 8 000 t gacha boʻlgan kemalar uchun quruq dok.",
      uzCyrl: "Каспий денгизида кема қатнови ва кема таъмири: Боку, Оқтов ва Туркманбоши ўртасида қуруқ юк кемалари ва танкерлар.",
      az: "Xəzərdə gəmiçilik və gəmi təmiri: Bakı, Aktau və Türkmənbaşı arasında quru yük gəmiləri və tankerlər, 8 000 t-a qədər gəmilər üçün quru dok. Taym və reys çarterləri.",
    },
  },
  copper: {
    sectors: ["24"],
    hsChapters: ["74"],
    exportsTo: ["AZ", "TR", "CN", "DE"],
    importsFrom: [],
    text: {
      en: "Copper cathodes (LME grade A), 8 mm copper wire rod and enamelled winding wire. Long-term contracts with cable and electrical equipment makers.",
      ru: "Медные катоды (марка A по LME), медная катанка 8 мм и эмалированный обмоточный провод. Долгосрочные контракты с кабельными и электротехническими заводами.",
      uz: "Mis katodlari (LME A markasi), 8 mm li mis katanka va emallangan choʻlgʻam simi. Kabel va elektrotexnika zavodlari bilan uzoq muddatli shartnomalar.",
      uzCyrl: "Мис катодлари (LME A маркаси), 8 мм ли мис катанка ва эмалланган чўлғам сими. Кабель ва электротехника заводлари билан узоқ муддатли шартномалар.",
      az: "Mis katodları (LME A markası), 8 mm-lik mis katanka və emallı dolaq məftili. Kabel və elektrotexnika zavodları ilə uzunmüddətli müqavilələr.",
    },
  },
  trade: {
    sectors: ["46", "47"],
    hsChapters: [],
    exportsTo: [],
    importsFrom: ["TR", "CN", "RU", "IR"],
    text: {
      en: "Supermarket chain and wholesale distributor: 60 stores, two distribution centres and private-label ranges. We look for producers across the Caspian to replace imports from third countries.",
      ru: "Сеть супермаркетов и оптовый дистрибьютор: 60 магазинов, два распределительных центра и собственные торговые марки. Ищем производителей по ту сторону Каспия, чтобы заменить импорт из третьих стран.",
      uz: "Supermarketlar tarmogʻi va ulgurji distribyutor: 60 ta doʻkon, ikkita taqsimot markazi va oʻz savdo markalarimiz. Uchinchi davlatlardan importni almashtirish uchun Kaspiy ortidan ishlab chiqaruvchilarni izlaymiz.",
      uzCyrl: "Супермаркетлар тармоғи ва улгуржи дистрибьютор: 60 та дўкон, иккита тақсимот маркази ва ўз савдо маркаларимиз.",
      az: "Supermarket şəbəkəsi və topdan distribyutor: 60 mağaza, iki paylama mərkəzi və öz ticarət markalarımız. Üçüncü ölkələrdən idxalı əvəz etmək üçün Xəzərin o tayında istehsalçılar axtarırıq.",
    },
  },
} as const satisfies Record<string, CompanyTheme>;

export type CompanyThemeCode = keyof typeof companyThemes;
