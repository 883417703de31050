/** Where a reference record or figure comes from. */
export type Source = {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  date?: string;
};

export const sources = {
  "seed-partnership-article": {
    id: "seed-partnership-article",
    title: "Uzbekistan and Azerbaijan: Strategic Partnership in Action",
    publisher: "Project seed text (shared/seed/uzbekistan-azerbaijan-partnership.txt); original publisher not stated",
    date: "2024",
  },
  "iso-3166-1": {
    id: "iso-3166-1",
    title: "ISO 3166-1 Codes for the representation of names of countries — Part 1: Country codes",
    publisher: "International Organization for Standardization",
    url: "https://www.iso.org/iso-3166-country-codes.html",
  },
  "iso-3166-2-uz": {
    id: "iso-3166-2-uz",
    title: "ISO 3166-2:UZ Subdivision codes for Uzbekistan",
    publisher: "International Organization for Standardization",
    url: "https://www.iso.org/obp/ui/#iso:code:3166:UZ",
  },
  "uz-soato": {
    id: "uz-soato",
    title: "Classifier of the system of designations of administrative-territorial units (SOATO)",
    publisher: "National Statistics Committee of the Republic of Uzbekistan",
    url: "https://stat.uz",
  },
  "az-economic-regions-decree-2021": {
    id: "az-economic-regions-decree-2021",
    title: "Decree No. 1386 of the President of the Republic of Azerbaijan on the new division of economic regions",
    publisher: "President of the Republic of Azerbaijan",
    url: "https://president.az",
    date: "2021-07-07",
  },
  "isic-rev4": {
    id: "isic-rev4",
    title: "International Standard Industrial Classification of All Economic Activities (ISIC), Revision 4",
    publisher: "United Nations Statistics Division",
    url: "https://unstats.un.org/unsd/classifications/Econ/isic",
    date: "2008",
  },
  "hs-2022": {
    id: "hs-2022",
    title: "Harmonized Commodity Description and Coding System, 2022 edition",
    publisher: "World Customs Organization",
    url: "https://www.wcoomd.org/en/topics/nomenclature/instrument-and-tools/hs-nomenclature-2022-edition.aspx",
    date: "2022-01-01",
  },
  "incoterms-2020": {
    id: "incoterms-2020",
    title: "Incoterms® 2020",
    publisher: "International Chamber of Commerce",
    url: "https://iccwbo.org/business-solutions/incoterms-rules/",
    date: "2020-01-01",
  },
  "iso-4217": {
    id: "iso-4217",
    title: "ISO 4217 Currency codes",
    publisher: "International Organization for Standardization",
    url: "https://www.iso.org/iso-4217-currency-codes.html",
  },
  "iso-639-1": {
    id: "iso-639-1",
    title: "ISO 639-1 Codes for the representation of names of languages",
    publisher: "International Organization for Standardization",
  },
  "eu-sme-definition": {
    id: "eu-sme-definition",
    title: "Commission Recommendation 2003/361/EC concerning the definition of micro, small and medium-sized enterprises",
    publisher: "European Commission",
    date: "2003-05-06",
  },
  "uz-sez-law": {
    id: "uz-sez-law",
    title: "Law of the Republic of Uzbekistan No. ZRU-604 on Special Economic Zones, and the decrees establishing each zone",
    publisher: "Republic of Uzbekistan",
    url: "https://lex.uz",
    date: "2020-02-17",
  },
  "uz-pharm-fez-decree-2017": {
    id: "uz-pharm-fez-decree-2017",
    title: "Decree of the President of Uzbekistan No. UP-5032 on free economic zones for the pharmaceutical industry",
    publisher: "President of the Republic of Uzbekistan",
    url: "https://lex.uz",
    date: "2017-05-03",
  },
  "az-alat-fez-law": {
    id: "az-alat-fez-law",
    title: "Law of the Republic of Azerbaijan on the Alat Free Economic Zone",
    publisher: "Republic of Azerbaijan",
    url: "https://afez.az",
    date: "2018-06-19",
  },
  "az-industrial-zones": {
    id: "az-industrial-zones",
    title: "Industrial parks and industrial districts of Azerbaijan",
    publisher: "Economic Zones Development Agency under the Ministry of Economy of the Republic of Azerbaijan",
    url: "https://ezda.gov.az",
  },
  "ady-btk": {
    id: "ady-btk",
    title: "Baku–Tbilisi–Kars railway",
    publisher: "Azerbaijan Railways (ADY)",
    url: "https://ady.az",
  },
  "port-of-baku": {
    id: "port-of-baku",
    title: "Baku International Sea Trade Port",
    publisher: "Baku International Sea Trade Port CJSC",
    url: "https://portofbaku.com",
  },
  "titr-association": {
    id: "titr-association",
    title: "Trans-Caspian International Transport Route",
    publisher: "International Association Trans-Caspian International Transport Route",
    url: "https://middlecorridor.com",
  },
  "uz-soliq-taxpayer-search": {
    id: "uz-soliq-taxpayer-search",
    title: "Taxpayer search (interactive services of the State Tax Committee)",
    publisher: "State Tax Committee of the Republic of Uzbekistan",
    url: "https://my.soliq.uz",
  },
  "az-e-taxes-voen-check": {
    id: "az-e-taxes-voen-check",
    title: "Taxpayer (VÖEN) check, e-taxes portal",
    publisher: "State Tax Service under the Ministry of Economy of the Republic of Azerbaijan",
    url: "https://www.e-taxes.gov.az",
  },
  "apa-2023-02-24-sister-cities": {
    id: "apa-2023-02-24-sister-cities",
    title: "Azerbaijan's Shusha and Uzbekistan's Khiva became sister cities (first Uzbekistan–Azerbaijan Interregional Forum, Tashkent)",
    publisher: "APA",
    url: "https://apa.az/en/foreign-policy/azerbaijans-shusha-and-uzbekistans-khiva-became-sister-cities-397243",
    date: "2023-02-24",
  },
  "uza-2024-second-interregional-forum": {
    id: "uza-2024-second-interregional-forum",
    title: "Second Azerbaijan–Uzbekistan Interregional Forum, Quba: memoranda between Termez and Bilasuvar, Namangan and Mingachevir, Gulistan and Fuzuli",
    publisher: "UzA (via Kazinform)",
    url: "https://en.inform.kz/news/uzbekistan-azerbaijan-enhance-collaboration-b3e135/",
    date: "2024",
  },
  "azernews-2024-08-22-business-forum": {
    id: "azernews-2024-08-22-business-forum",
    title: "Uzbekistan–Azerbaijan business forum during the state visit: Baku–Tashkent cooperation, Quba–Jizzakh and Beylagan–Shakhrisabz sister cities",
    publisher: "Azernews (via MENAFN); UzDaily",
    url: "https://www.uzdaily.com/ru/shakhrisabz-i-beilagan-stali-gorodami-pobratimami",
    date: "2024-08-22",
  },
  "azernews-2021-04-16-trade-2020": {
    id: "azernews-2021-04-16-trade-2020",
    title: "Azerbaijan–Uzbekistan trade up 13 percent in 2020 (Uzbekistan's ambassador Bahrom Ashrafkhanov at an online B2G forum)",
    publisher: "Azernews",
    url: "https://www.azernews.az/business/178057.html",
    date: "2021-04-16",
  },
  "trend-2023-02-24-first-interregional-forum": {
    id: "trend-2023-02-24-first-interregional-forum",
    title: "Uzbekistan needs to increase trade turnover with Azerbaijan — Minister Laziz Kudratov at the first Uzbek–Azerbaijani Interregional Forum",
    publisher: "Trend News Agency",
    url: "https://en.trend.az/casia/uzbekistan/3714945.html",
    date: "2023-02-24",
  },
  "news-az-2024-08-27-customs-jan-jul-2024": {
    id: "news-az-2024-08-27-customs-jan-jul-2024",
    title: "Azerbaijan, Uzbekistan seek to boost trade volume to $1 bln (State Customs Committee of Azerbaijan, January–July 2024)",
    publisher: "News.Az",
    url: "https://news.az/news/azerbaijan-uzbekistan-seek-to-boost-trade-volume-to-1-bln",
    date: "2024-08-27",
  },
  "trend-2024-05-21-second-interregional-forum": {
    id: "trend-2024-05-21-second-interregional-forum",
    title: "Uzbekistan plans to increase trade turnover with Azerbaijan — Minister Laziz Kudratov at the 2nd Azerbaijan–Uzbekistan Interregional Forum in Guba",
    publisher: "Trend News Agency",
    url: "https://en.trend.az/business/3902179.html",
    date: "2024-05-21",
  },
  "news-az-2024-05-21-second-interregional-forum": {
    id: "news-az-2024-05-21-second-interregional-forum",
    title: "Bilateral documents signed at 2nd Azerbaijan–Uzbekistan Interregional Forum (Guba, 21 May 2024)",
    publisher: "News.Az",
    url: "https://news.az/news/bilateral-documents-signed-at-2nd-azerbaijan-uzbekistan-interregional-forum-",
    date: "2024-05-21",
  },
  "report-az-2025-11-13-aliyev-uza-trade": {
    id: "report-az-2025-11-13-aliyev-uza-trade",
    title: "Ilham Aliyev: about 120 commercial organisations with Uzbek investment are registered in Azerbaijan (interview with UzA)",
    publisher: "Report.az",
    url: "https://report.az/ru/biznes/ilham-aliev-v-azerbajdzhane-zaregistrirovano-okolo-120-kommercheskih-organizacij-s-uzbekskimi-investiciyami",
    date: "2025-11-13",
  },
  "report-az-2025-11-13-aliyev-uza-transit": {
    id: "report-az-2025-11-13-aliyev-uza-transit",
    title: "President: transit between Azerbaijan and Uzbekistan reached about 1 million tonnes in nine months (interview with UzA)",
    publisher: "Report.az",
    url: "https://report.az/ru/vneshnyaya-politika/ilham-aliev-za-9-mesyacev-goda-obem-tranzitnyh-perevozok-mezhdu-azerbajdzhanom-i-uzbekistanom-dostig-okolo-1-mln-tonn",
    date: "2025-11-13",
  },
  "trend-2025-12-13-uz-transport-ministry-cargo": {
    id: "trend-2025-12-13-uz-transport-ministry-cargo",
    title: "Cargo between Uzbekistan and Azerbaijan exceeded 100,000 tonnes in 2024 (a source at Uzbekistan's Ministry of Transport)",
    publisher: "Trend News Agency",
    url: "https://www.trend.az/business/4129504.html",
    date: "2025-12-13",
  },
  "kun-uz-2026-02-27-medicine-imports": {
    id: "kun-uz-2026-02-27-medicine-imports",
    title: "Uzbekistan seeks to cut $2bn medicine imports and boost domestic production (Akmalhuja Mavlonov, Chairman of the Customs Committee)",
    publisher: "Kun.uz",
    url: "https://kun.uz/en/news/2026/02/27/uzbekistan-seeks-to-cut-2bn-medicine-imports-and-boost-domestic-production",
    date: "2026-02-27",
  },
  "kursiv-uz-2025-01-07-car-imports-2024": {
    id: "kursiv-uz-2025-01-07-car-imports-2024",
    title: "O‘zbekistonga 2024-yilda 68 mingdan ortiq yengil avtomobil import qilindi (State Statistics Committee, January–November 2024)",
    publisher: "Kursiv Uzbekistan",
    url: "https://uz.kursiv.media/uz/2025-01-07/ozbekistonga-2024-yilda-68-mingdan-ortiq-yengil-avtomobil-import-qilindi",
    date: "2025-01-07",
  },
  "daryo-2022-12-05-food-imports-jan-oct-2022": {
    id: "daryo-2022-12-05-food-imports-jan-oct-2022",
    title: "O‘zbekiston eng ko‘p qaysi davlatlardan oziq-ovqat import qilgan (State Statistics Committee, January–October 2022)",
    publisher: "Daryo",
    url: "https://daryo.uz/2022/12/05/ozbekiston-eng-kop-qaysi-davlatlardan-oziq-ovqat-import-qilgan",
    date: "2022-12-05",
  },
  "azernews-2024-06-22-plastics-trade": {
    id: "azernews-2024-06-22-plastics-trade",
    title: "Azerbaijan cuts down on plastics exports and imports (a source in the State Customs Committee)",
    publisher: "Azernews",
    url: "https://www.azernews.az/business/227713.html",
    date: "2024-06-22",
  },
  "trend-2023-08-16-pharmaceutical-projects": {
    id: "trend-2023-08-16-pharmaceutical-projects",
    title: "Azerbaijan and Uzbekistan discuss joint pharmaceutical projects in industrial zones",
    publisher: "Trend News Agency",
    url: "https://en.trend.az/business/3785003.html",
    date: "2023-08-16",
  },
  "apa-2022-03-29-wheat-imports": {
    id: "apa-2022-03-29-wheat-imports",
    title: "Russia's share in Azerbaijan's wheat imports sharply decreased (APA-Economics, from State Statistics Committee data)",
    publisher: "APA",
    url: "https://apa.az/en/agrarian-industry/russias-share-in-azerbaijans-wheat-imports-sharply-decreased-371953",
    date: "2022-03-29",
  },
  "karvon-editorial": {
    id: "karvon-editorial",
    title: "Karvon portal vocabulary",
    publisher: "Karvon editorial team",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as SourceId[];

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(sources, id);
}
