// Azerbaijan: the 14 economic regions of the Presidential Decree of 7 July 2021 and their cities and
// districts (rayonlar), coded with ISO 3166-2:AZ codes where assigned (Baku's city districts: AZ-BA-xxx).
// Uzbek labels of districts are the Azerbaijani names in Uzbek Latin spelling (ş→sh, ç→ch, c→j, ə→a).
import { labels } from "../labels";
import type { District, Region } from "./types";

export const azRegions = [
  { code: "AZ-BAK", country: "AZ", labels: labels("Baku economic region", "Бакинский экономический район", "Boku iqtisodiy rayoni", "Bakı iqtisadi rayonu"), synonyms: ["Baku", "Baki", "Bakı", "Баку", "Boku"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-ABX", country: "AZ", labels: labels("Absheron-Khizi economic region", "Абшерон-Хызынский экономический район", "Absheron-Xizi iqtisodiy rayoni", "Abşeron-Xızı iqtisadi rayonu"), synonyms: ["Absheron", "Abşeron", "Sumgait", "Sumqayıt", "Апшерон"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-DSH", country: "AZ", labels: labels("Daglig Shirvan economic region", "Горно-Ширванский экономический район", "Togʻli Shirvon iqtisodiy rayoni", "Dağlıq Şirvan iqtisadi rayonu"), synonyms: ["Mountainous Shirvan", "Shamakhi", "Şamaxı", "Горный Ширван"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-GDA", country: "AZ", labels: labels("Ganja-Dashkasan economic region", "Гянджа-Дашкесанский экономический район", "Ganja-Dashkasan iqtisodiy rayoni", "Gəncə-Daşkəsən iqtisadi rayonu"), synonyms: ["Ganja", "Gəncə", "Gence", "Гянджа"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-KRB", country: "AZ", labels: labels("Karabakh economic region", "Карабахский экономический район", "Qorabogʻ iqtisodiy rayoni", "Qarabağ iqtisadi rayonu"), synonyms: ["Karabakh", "Qarabağ", "Garabagh", "Карабах", "Shusha", "Şuşa"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-QTV", country: "AZ", labels: labels("Gazakh-Tovuz economic region", "Газах-Товузский экономический район", "Qozoq-Tovuz iqtisodiy rayoni", "Qazax-Tovuz iqtisadi rayonu"), synonyms: ["Gazakh", "Qazax", "Tovuz", "Газах", "Товуз"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-QXM", country: "AZ", labels: labels("Guba-Khachmaz economic region", "Губа-Хачмазский экономический район", "Quba-Xachmaz iqtisodiy rayoni", "Quba-Xaçmaz iqtisadi rayonu"), synonyms: ["Guba", "Quba", "Khachmaz", "Xaçmaz", "Губа", "Хачмаз"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-LNA", country: "AZ", labels: labels("Lankaran-Astara economic region", "Ленкорань-Астаринский экономический район", "Lankaran-Astara iqtisodiy rayoni", "Lənkəran-Astara iqtisadi rayonu"), synonyms: ["Lankaran", "Lenkoran", "Lənkəran", "Astara", "Ленкорань"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-MAR", country: "AZ", labels: labels("Central Aran economic region", "Центрально-Аранский экономический район", "Markaziy Aran iqtisodiy rayoni", "Mərkəzi Aran iqtisadi rayonu"), synonyms: ["Central Aran", "Aran", "Mingachevir", "Mingəçevir", "Центральный Аран"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-MMG", country: "AZ", labels: labels("Mil-Mughan economic region", "Миль-Муганский экономический район", "Mil-Mugʻan iqtisodiy rayoni", "Mil-Muğan iqtisadi rayonu"), synonyms: ["Mil-Mugan", "Mil", "Mughan", "Muğan", "Мугань"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SZQ", country: "AZ", labels: labels("Shaki-Zagatala economic region", "Шеки-Загатальский экономический район", "Shaki-Zaqatala iqtisodiy rayoni", "Şəki-Zaqatala iqtisadi rayonu"), synonyms: ["Sheki", "Shaki", "Şəki", "Zagatala", "Zaqatala", "Шеки", "Загатала"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-EZN", country: "AZ", labels: labels("East Zangezur economic region", "Восточно-Зангезурский экономический район", "Sharqiy Zangezur iqtisodiy rayoni", "Şərqi Zəngəzur iqtisadi rayonu"), synonyms: ["East Zangezur", "Zangezur", "Zəngəzur", "Зангезур"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-NAX", country: "AZ", labels: labels("Nakhchivan economic region", "Нахчыванский экономический район", "Naxchivon iqtisodiy rayoni", "Naxçıvan iqtisadi rayonu"), synonyms: ["Nakhchivan", "Naxçıvan", "Nakhichevan", "Нахичевань", "Нахчыван"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SSL", country: "AZ", labels: labels("Shirvan-Salyan economic region", "Ширван-Сальянский экономический район", "Shirvon-Salyon iqtisodiy rayoni", "Şirvan-Salyan iqtisadi rayonu"), synonyms: ["Shirvan", "Şirvan", "Salyan", "Ширван", "Сальяны"], source: "az-economic-regions-decree-2021" },
] as const satisfies readonly Region[];

export const azDistricts = [
  // AZ-BAK
  { code: "AZ-BA-BIN", region: "AZ-BAK", kind: "district", labels: labels("Binagadi", "Бинагади", "Binaqadi", "Binəqədi"), synonyms: ["Binəqədi", "Binagadi"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-QRD", region: "AZ-BAK", kind: "district", labels: labels("Garadagh", "Гарадаг", "Qaradagʻ", "Qaradağ"), synonyms: ["Qaradağ", "Karadag", "Qaradag"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-KHT", region: "AZ-BAK", kind: "district", labels: labels("Khatai", "Хатаи", "Xatai", "Xətai"), synonyms: ["Xətai", "Khatai", "Xatai"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-KHZ", region: "AZ-BAK", kind: "district", labels: labels("Khazar", "Хазар", "Xazar", "Xəzər"), synonyms: ["Xəzər", "Khazar", "Xazar"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-NRM", region: "AZ-BAK", kind: "district", labels: labels("Narimanov", "Нариманов", "Narimanov", "Nərimanov"), synonyms: ["Nərimanov"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-NSM", region: "AZ-BAK", kind: "district", labels: labels("Nasimi", "Насими", "Nasimi", "Nəsimi"), synonyms: ["Nəsimi"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-NZM", region: "AZ-BAK", kind: "district", labels: labels("Nizami", "Низами", "Nizami", "Nizami"), synonyms: [], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-PIR", region: "AZ-BAK", kind: "district", labels: labels("Pirallahi", "Пираллахи", "Pirallahi", "Pirallahı"), synonyms: ["Pirallahı"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-SBN", region: "AZ-BAK", kind: "district", labels: labels("Sabunchu", "Сабунчу", "Sabunjhu", "Sabunçu"), synonyms: ["Sabunçu", "Balakhani", "Balaxanı"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-SBL", region: "AZ-BAK", kind: "district", labels: labels("Sabail", "Сабаил", "Sabail", "Səbail"), synonyms: ["Səbail"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-SUR", region: "AZ-BAK", kind: "district", labels: labels("Surakhani", "Сураханы", "Suraxani", "Suraxanı"), synonyms: ["Suraxanı"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BA-YAS", region: "AZ-BAK", kind: "district", labels: labels("Yasamal", "Ясамал", "Yasamal", "Yasamal"), synonyms: [], source: "az-economic-regions-decree-2021" },
  // AZ-ABX
  { code: "AZ-SM", region: "AZ-ABX", kind: "city", labels: labels("Sumgait", "Сумгайыт", "Sumqayit", "Sumqayıt"), synonyms: ["Sumqayıt", "Sumgayit", "Sumqayit", "Сумгаит"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-ABS", region: "AZ-ABX", kind: "district", labels: labels("Absheron", "Абшерон", "Absheron", "Abşeron"), synonyms: ["Abşeron", "Khirdalan", "Xırdalan"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-XIZ", region: "AZ-ABX", kind: "district", labels: labels("Khizi", "Хызы", "Xizi", "Xızı"), synonyms: ["Xızı"], source: "az-economic-regions-decree-2021" },
  // AZ-DSH
  { code: "AZ-AGU", region: "AZ-DSH", kind: "district", labels: labels("Agsu", "Агсу", "Agʻsu", "Ağsu"), synonyms: ["Ağsu"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-ISM", region: "AZ-DSH", kind: "district", labels: labels("Ismayilli", "Исмаиллы", "Ismayilli", "İsmayıllı"), synonyms: ["İsmayıllı"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-QOB", region: "AZ-DSH", kind: "district", labels: labels("Gobustan", "Гобустан", "Qobustan", "Qobustan"), synonyms: ["Qobustan"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SMI", region: "AZ-DSH", kind: "district", labels: labels("Shamakhi", "Шамахы", "Shamaxi", "Şamaxı"), synonyms: ["Şamaxı", "Shemakha", "Шемаха"], source: "az-economic-regions-decree-2021" },
  // AZ-GDA
  { code: "AZ-GA", region: "AZ-GDA", kind: "city", labels: labels("Ganja", "Гянджа", "Ganja", "Gəncə"), synonyms: ["Gəncə", "Gandja"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-NA", region: "AZ-GDA", kind: "city", labels: labels("Naftalan", "Нафталан", "Naftalan", "Naftalan"), synonyms: [], source: "az-economic-regions-decree-2021" },
  { code: "AZ-DAS", region: "AZ-GDA", kind: "district", labels: labels("Dashkasan", "Дашкесан", "Dashkasan", "Daşkəsən"), synonyms: ["Daşkəsən"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-GOR", region: "AZ-GDA", kind: "district", labels: labels("Goranboy", "Геранбой", "Goranboy", "Goranboy"), synonyms: [], source: "az-economic-regions-decree-2021" },
  { code: "AZ-GYG", region: "AZ-GDA", kind: "district", labels: labels("Goygol", "Гёйгёль", "Goʻygoʻl", "Göygöl"), synonyms: ["Göygöl"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SMX", region: "AZ-GDA", kind: "district", labels: labels("Samukh", "Самух", "Samux", "Samux"), synonyms: ["Samux"], source: "az-economic-regions-decree-2021" },
  // AZ-KRB
  { code: "AZ-XA", region: "AZ-KRB", kind: "city", labels: labels("Khankendi", "Ханкенди", "Xankandi", "Xankəndi"), synonyms: ["Xankəndi"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-AGC", region: "AZ-KRB", kind: "district", labels: labels("Aghjabadi", "Агджабеди", "Agʻjabadi", "Ağcabədi"), synonyms: ["Ağcabədi", "Agjabadi"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-AGM", region: "AZ-KRB", kind: "district", labels: labels("Aghdam", "Агдам", "Agʻdam", "Ağdam"), synonyms: ["Ağdam", "Agdam"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BAR", region: "AZ-KRB", kind: "district", labels: labels("Barda", "Барда", "Barda", "Bərdə"), synonyms: ["Bərdə"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-FUZ", region: "AZ-KRB", kind: "district", labels: labels("Fuzuli", "Физули", "Fuzuli", "Füzuli"), synonyms: ["Füzuli", "Fizuli"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-XCI", region: "AZ-KRB", kind: "district", labels: labels("Khojaly", "Ходжалы", "Xojali", "Xocalı"), synonyms: ["Xocalı", "Khojali"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-XVD", region: "AZ-KRB", kind: "district", labels: labels("Khojavend", "Ходжавенд", "Xojavand", "Xocavənd"), synonyms: ["Xocavənd"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SUS", region: "AZ-KRB", kind: "district", labels: labels("Shusha", "Шуша", "Shusha", "Şuşa"), synonyms: ["Şuşa"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-TAR", region: "AZ-KRB", kind: "district", labels: labels("Tartar", "Тертер", "Tartar", "Tərtər"), synonyms: ["Tərtər", "Terter"], source: "az-economic-regions-decree-2021" },
  // AZ-QTV
  { code: "AZ-AGA", region: "AZ-QTV", kind: "district", labels: labels("Aghstafa", "Агстафа", "Agʻstafa", "Ağstafa"), synonyms: ["Ağstafa", "Agstafa"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-GAD", region: "AZ-QTV", kind: "district", labels: labels("Gadabay", "Гедабек", "Gadabay", "Gədəbəy"), synonyms: ["Gədəbəy", "Gedabek"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-QAZ", region: "AZ-QTV", kind: "district", labels: labels("Gazakh", "Газах", "Qazax", "Qazax"), synonyms: ["Qazax", "Kazakh"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SKR", region: "AZ-QTV", kind: "district", labels: labels("Shamkir", "Шамкир", "Shamkir", "Şəmkir"), synonyms: ["Şəmkir"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-TOV", region: "AZ-QTV", kind: "district", labels: labels("Tovuz", "Товуз", "Tovuz", "Tovuz"), synonyms: [], source: "az-economic-regions-decree-2021" },
  // AZ-QXM
  { code: "AZ-XAC", region: "AZ-QXM", kind: "district", labels: labels("Khachmaz", "Хачмаз", "Xajhmaz", "Xaçmaz"), synonyms: ["Xaçmaz"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-QBA", region: "AZ-QXM", kind: "district", labels: labels("Guba", "Губа", "Quba", "Quba"), synonyms: ["Quba", "Kuba"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-QUS", region: "AZ-QXM", kind: "district", labels: labels("Gusar", "Гусар", "Qusar", "Qusar"), synonyms: ["Qusar", "Kusary"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SIY", region: "AZ-QXM", kind: "district", labels: labels("Siyazan", "Сиазань", "Siyazan", "Siyəzən"), synonyms: ["Siyəzən"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SBN", region: "AZ-QXM", kind: "district", labels: labels("Shabran", "Шабран", "Shabran", "Şabran"), synonyms: ["Şabran"], source: "az-economic-regions-decree-2021" },
  // AZ-LNA
  { code: "AZ-LA", region: "AZ-LNA", kind: "city", labels: labels("Lankaran", "Ленкорань", "Lankaran", "Lənkəran"), synonyms: ["Lənkəran", "Lenkoran"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-AST", region: "AZ-LNA", kind: "district", labels: labels("Astara", "Астара", "Astara", "Astara"), synonyms: [], source: "az-economic-regions-decree-2021" },
  { code: "AZ-CAL", region: "AZ-LNA", kind: "district", labels: labels("Jalilabad", "Джалилабад", "Jalilabad", "Cəlilabad"), synonyms: ["Cəlilabad"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-LAN", region: "AZ-LNA", kind: "district", labels: labels("Lankaran District", "Ленкоранский район", "Lankaran tumani", "Lənkəran rayonu"), synonyms: ["Lənkəran rayonu"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-LER", region: "AZ-LNA", kind: "district", labels: labels("Lerik", "Лерик", "Lerik", "Lerik"), synonyms: [], source: "az-economic-regions-decree-2021" },
  { code: "AZ-MAS", region: "AZ-LNA", kind: "district", labels: labels("Masally", "Масаллы", "Masalli", "Masallı"), synonyms: ["Masallı", "Masalli"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-YAR", region: "AZ-LNA", kind: "district", labels: labels("Yardimli", "Ярдымлы", "Yardimli", "Yardımlı"), synonyms: ["Yardımlı"], source: "az-economic-regions-decree-2021" },
  // AZ-MAR
  { code: "AZ-MI", region: "AZ-MAR", kind: "city", labels: labels("Mingachevir", "Мингечевир", "Mingajhevir", "Mingəçevir"), synonyms: ["Mingəçevir", "Mingechaur"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-YE", region: "AZ-MAR", kind: "city", labels: labels("Yevlakh", "Евлах", "Yevlax", "Yevlax"), synonyms: ["Yevlax"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-AGS", region: "AZ-MAR", kind: "district", labels: labels("Aghdash", "Агдаш", "Agʻdash", "Ağdaş"), synonyms: ["Ağdaş", "Agdash"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-GOY", region: "AZ-MAR", kind: "district", labels: labels("Goychay", "Гёйчай", "Goʻyjhay", "Göyçay"), synonyms: ["Göyçay"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-KUR", region: "AZ-MAR", kind: "district", labels: labels("Kurdamir", "Кюрдамир", "Kurdamir", "Kürdəmir"), synonyms: ["Kürdəmir"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-UCA", region: "AZ-MAR", kind: "district", labels: labels("Ujar", "Уджар", "Ujar", "Ucar"), synonyms: ["Ucar"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-YEV", region: "AZ-MAR", kind: "district", labels: labels("Yevlakh District", "Евлахский район", "Yevlax tumani", "Yevlax rayonu"), synonyms: ["Yevlax rayonu"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-ZAR", region: "AZ-MAR", kind: "district", labels: labels("Zardab", "Зардоб", "Zardab", "Zərdab"), synonyms: ["Zərdab"], source: "az-economic-regions-decree-2021" },
  // AZ-MMG
  { code: "AZ-BEY", region: "AZ-MMG", kind: "district", labels: labels("Beylagan", "Бейлаган", "Beylaqan", "Beyləqan"), synonyms: ["Beyləqan"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-IMI", region: "AZ-MMG", kind: "district", labels: labels("Imishli", "Имишли", "Imishli", "İmişli"), synonyms: ["İmişli"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SAT", region: "AZ-MMG", kind: "district", labels: labels("Saatly", "Саатлы", "Saatli", "Saatlı"), synonyms: ["Saatlı", "Saatli"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SAB", region: "AZ-MMG", kind: "district", labels: labels("Sabirabad", "Сабирабад", "Sabirabad", "Sabirabad"), synonyms: [], source: "az-economic-regions-decree-2021" },
  // AZ-SZQ
  { code: "AZ-SA", region: "AZ-SZQ", kind: "city", labels: labels("Shaki", "Шеки", "Shaki", "Şəki"), synonyms: ["Şəki", "Sheki"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BAL", region: "AZ-SZQ", kind: "district", labels: labels("Balakan", "Балакен", "Balakan", "Balakən"), synonyms: ["Balakən"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-QAX", region: "AZ-SZQ", kind: "district", labels: labels("Gakh", "Гах", "Qax", "Qax"), synonyms: ["Qax", "Qakh", "Kakh"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-QAB", region: "AZ-SZQ", kind: "district", labels: labels("Gabala", "Габала", "Qabala", "Qəbələ"), synonyms: ["Qəbələ", "Qabala"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-OGU", region: "AZ-SZQ", kind: "district", labels: labels("Oghuz", "Огуз", "Ogʻuz", "Oğuz"), synonyms: ["Oğuz", "Oguz"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SAK", region: "AZ-SZQ", kind: "district", labels: labels("Shaki District", "Шекинский район", "Shaki tumani", "Şəki rayonu"), synonyms: ["Şəki rayonu", "Sheki"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-ZAQ", region: "AZ-SZQ", kind: "district", labels: labels("Zagatala", "Загатала", "Zaqatala", "Zaqatala"), synonyms: ["Zaqatala"], source: "az-economic-regions-decree-2021" },
  // AZ-EZN
  { code: "AZ-CAB", region: "AZ-EZN", kind: "district", labels: labels("Jabrayil", "Джебраил", "Jabrayil", "Cəbrayıl"), synonyms: ["Cəbrayıl"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-KAL", region: "AZ-EZN", kind: "district", labels: labels("Kalbajar", "Кельбаджар", "Kalbajar", "Kəlbəcər"), synonyms: ["Kəlbəcər"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-QBI", region: "AZ-EZN", kind: "district", labels: labels("Gubadly", "Губадлы", "Qubadli", "Qubadlı"), synonyms: ["Qubadlı", "Qubadli"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-LAC", region: "AZ-EZN", kind: "district", labels: labels("Lachin", "Лачин", "Lajhin", "Laçın"), synonyms: ["Laçın"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-ZAN", region: "AZ-EZN", kind: "district", labels: labels("Zangilan", "Зангилан", "Zangilan", "Zəngilan"), synonyms: ["Zəngilan"], source: "az-economic-regions-decree-2021" },
  // AZ-NAX
  { code: "AZ-NV", region: "AZ-NAX", kind: "city", labels: labels("Nakhchivan", "Нахчыван", "Naxjhivan", "Naxçıvan"), synonyms: ["Naxçıvan", "Nakhichevan"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BAB", region: "AZ-NAX", kind: "district", labels: labels("Babek", "Бабек", "Babak", "Babək"), synonyms: ["Babək"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-CUL", region: "AZ-NAX", kind: "district", labels: labels("Julfa", "Джульфа", "Julfa", "Culfa"), synonyms: ["Culfa"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-KAN", region: "AZ-NAX", kind: "district", labels: labels("Kangarli", "Кенгерли", "Kangarli", "Kəngərli"), synonyms: ["Kəngərli"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-ORD", region: "AZ-NAX", kind: "district", labels: labels("Ordubad", "Ордубад", "Ordubad", "Ordubad"), synonyms: [], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SAD", region: "AZ-NAX", kind: "district", labels: labels("Sadarak", "Садарак", "Sadarak", "Sədərək"), synonyms: ["Sədərək"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SAH", region: "AZ-NAX", kind: "district", labels: labels("Shahbuz", "Шахбуз", "Shahbuz", "Şahbuz"), synonyms: ["Şahbuz"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SAR", region: "AZ-NAX", kind: "district", labels: labels("Sharur", "Шарур", "Sharur", "Şərur"), synonyms: ["Şərur"], source: "az-economic-regions-decree-2021" },
  // AZ-SSL
  { code: "AZ-SR", region: "AZ-SSL", kind: "city", labels: labels("Shirvan", "Ширван", "Shirvan", "Şirvan"), synonyms: ["Şirvan"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-BIL", region: "AZ-SSL", kind: "district", labels: labels("Bilasuvar", "Билясувар", "Bilasuvar", "Biləsuvar"), synonyms: ["Biləsuvar"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-HAC", region: "AZ-SSL", kind: "district", labels: labels("Hajigabul", "Гаджигабул", "Hajiqabul", "Hacıqabul"), synonyms: ["Hacıqabul", "Hajiqabul", "Gadzhigabul"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-NEF", region: "AZ-SSL", kind: "district", labels: labels("Neftchala", "Нефтчала", "Neftjhala", "Neftçala"), synonyms: ["Neftçala"], source: "az-economic-regions-decree-2021" },
  { code: "AZ-SAL", region: "AZ-SSL", kind: "district", labels: labels("Salyan", "Сальяны", "Salyan", "Salyan"), synonyms: [], source: "az-economic-regions-decree-2021" },
] as const satisfies readonly District[];
