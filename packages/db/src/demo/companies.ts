import type { Locale } from "@karvon/data";
import { count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { approveCompanyVersion, createCompanyDraft, saveCompanyDraft, submitCompany } from "../queries/companies";
import { account, companies, member, user } from "../schema";
import { companyThemes, type CompanyThemeCode } from "./company-themes";

export type DemoCompany = {
  name: string;
  country: "UZ" | "AZ";
  region: string;
  district: string;
  city?: string;
  zone?: string;
  theme: CompanyThemeCode;
  size: "micro" | "small" | "medium" | "large";
  founded: number;
  contact: [name: string, position: string];
  website?: string;
};

/** Sixty-two businesses of both countries across the seed's sectors (names invented, places real). */
export const demoCompanies: readonly DemoCompany[] = [
  { name: "Kamolot Tekstil MChJ", country: "UZ", region: "UZ-TK", district: "UZ-TK-chilanzar", theme: "cotton", size: "large", founded: 2008, contact: ["Dilshod Karimov", "Eksport boʻyicha direktor"], website: "kamolot-tekstil.uz" },
  { name: "Fargʻona Paxta Klaster", country: "UZ", region: "UZ-FA", district: "UZ-FA-fergana-city", zone: "UZ-FEZ-KOKAND", theme: "cotton", size: "large", founded: 2018, contact: ["Nodira Yusupova", "Savdo menejeri"] },
  { name: "Buxoro Tekstil Invest", country: "UZ", region: "UZ-BU", district: "UZ-BU-bukhara-city", zone: "UZ-FEZ-GIJDUVAN", theme: "cotton", size: "medium", founded: 2016, contact: ["Jasur Rahimov", "Bosh direktor"] },
  { name: "Margʻilon Ipak Yoʻli", country: "UZ", region: "UZ-FA", district: "UZ-FA-margilan-city", theme: "silk", size: "small", founded: 2004, contact: ["Gulnora Ahmedova", "Rahbar"], website: "margilan-silk.uz" },
  { name: "Xorazm Atlas Hunarmand", country: "UZ", region: "UZ-XO", district: "UZ-XO-khiva-city", theme: "silk", size: "micro", founded: 2012, contact: ["Otabek Matyoqubov", "Asoschi"] },
  { name: "Samarqand Meva Eksport", country: "UZ", region: "UZ-SA", district: "UZ-SA-samarkand-city", zone: "UZ-FEZ-URGUT", theme: "fruit", size: "medium", founded: 2010, contact: ["Shahzod Toshpulatov", "Logistika boʻlimi boshligʻi"] },
  { name: "Namangan Agro Fresh", country: "UZ", region: "UZ-NG", district: "UZ-NG-namangan-city", theme: "fruit", size: "small", founded: 2015, contact: ["Malika Sobirova", "Eksport menejeri"] },
  { name: "Andijon Oltin Vodiy", country: "UZ", region: "UZ-AN", district: "UZ-AN-andijan-city", theme: "fruit", size: "medium", founded: 2009, contact: ["Azizbek Nurmatov", "Direktor"] },
  { name: "Surxon Quyosh Mevalari", country: "UZ", region: "UZ-SU", district: "UZ-SU-termez-city", zone: "UZ-FEZ-TERMEZ", theme: "fruit", size: "small", founded: 2019, contact: ["Farrux Qodirov", "Savdo direktori"] },
  { name: "Navoiy Azot Savdo", country: "UZ", region: "UZ-NW", district: "UZ-NW-navoiy-city", zone: "UZ-FEZ-NAVOIY", theme: "fertilizers", size: "large", founded: 2003, contact: ["Rustam Ergashev", "Tijorat direktori"] },
  { name: "Qoʻqon Superfosfat Trade", country: "UZ", region: "UZ-FA", district: "UZ-FA-kokand-city", theme: "fertilizers", size: "medium", founded: 2011, contact: ["Sardor Umarov", "Eksport menejeri"] },
  { name: "Ohangaron Gips Qurilish", country: "UZ", region: "UZ-TO", district: "UZ-TO-angren-city", zone: "UZ-FEZ-ANGREN", theme: "construction", size: "large", founded: 2014, contact: ["Bekzod Alimov", "Sotuv boʻlimi boshligʻi"], website: "angren-gips.uz" },
  { name: "Jizzax Keramika", country: "UZ", region: "UZ-JI", district: "UZ-JI-jizzakh-city", zone: "UZ-FEZ-JIZZAKH", theme: "construction", size: "medium", founded: 2017, contact: ["Lola Hasanova", "Marketing menejeri"] },
  { name: "Qarshi Qurilish Materiallari", country: "UZ", region: "UZ-QA", district: "UZ-QA-karshi-city", theme: "construction", size: "small", founded: 2013, contact: ["Ulugʻbek Saidov", "Direktor"] },
  { name: "Olmaliq Metall Profil", country: "UZ", region: "UZ-TO", district: "UZ-TO-almalyk-city", theme: "aluminium", size: "medium", founded: 2012, contact: ["Timur Abdullayev", "Bosh muhandis"] },
  { name: "Nukus Farm Plus", country: "UZ", region: "UZ-QR", district: "UZ-QR-nukus-city", zone: "UZ-FEZ-NUKUS-FARM", theme: "pharma", size: "medium", founded: 2018, contact: ["Aybek Tleubaev", "Roʻyxatga olish boʻyicha menejer"] },
  { name: "Toshkent Dori Vositalari", country: "UZ", region: "UZ-TK", district: "UZ-TK-yunusabad", theme: "pharma", size: "large", founded: 2001, contact: ["Zarina Mirzayeva", "Xalqaro aloqalar direktori"], website: "tashpharm.uz" },
  { name: "Asaka Avto Servis", country: "UZ", region: "UZ-AN", district: "UZ-AN-asaka", theme: "cars", size: "large", founded: 2006, contact: ["Sherzod Mamatov", "Dilerlik tarmogʻi rahbari"] },
  { name: "Turon Trans Logistik", country: "UZ", region: "UZ-TK", district: "UZ-TK-sergeli", theme: "logistics", size: "medium", founded: 2010, contact: ["Akmal Yoʻldoshev", "Operatsion direktor"], website: "turontrans.uz" },
  { name: "Sirdaryo Yuk Tashish", country: "UZ", region: "UZ-SI", district: "UZ-SI-gulistan-city", theme: "logistics", size: "small", founded: 2016, contact: ["Dilnoza Kamolova", "Dispetcher"] },
  { name: "Registon Soft", country: "UZ", region: "UZ-SA", district: "UZ-SA-samarkand-city", theme: "it", size: "small", founded: 2019, contact: ["Javohir Ismoilov", "CTO"], website: "registonsoft.uz" },
  { name: "Mirobod Digital Lab", country: "UZ", region: "UZ-TK", district: "UZ-TK-mirabad", theme: "it", size: "medium", founded: 2015, contact: ["Kamila Rasulova", "Biznes rivojlantirish menejeri"] },
  { name: "Buxoro Karvonsaroy Hotels", country: "UZ", region: "UZ-BU", district: "UZ-BU-bukhara-city", theme: "hotels", size: "small", founded: 2011, contact: ["Sanjar Hamroyev", "Bosh menejer"] },
  { name: "Samarqand Zargar Uyi", country: "UZ", region: "UZ-SA", district: "UZ-SA-samarkand-city", theme: "jewellery", size: "micro", founded: 2007, contact: ["Nilufar Saidova", "Dizayner"] },

  { name: "Xəzər Logistika MMC", country: "AZ", region: "AZ-BAK", district: "AZ-BA-QRD", zone: "AZ-FEZ-ALAT", theme: "logistics", size: "large", founded: 2009, contact: ["Elvin Məmmədov", "Kommersiya direktoru"], website: "xezerlogistika.az" },
  { name: "Ələt Port Xidmətləri", country: "AZ", region: "AZ-BAK", district: "AZ-BA-QRD", zone: "AZ-FEZ-ALAT", theme: "logistics", size: "medium", founded: 2018, contact: ["Aysel Quliyeva", "Satış meneceri"] },
  { name: "Gəncə Alüminium Profil", country: "AZ", region: "AZ-GDA", district: "AZ-GA", theme: "aluminium", size: "large", founded: 2005, contact: ["Rəşad Hüseynov", "Baş mühəndis"] },
  { name: "Sumqayıt Kimya Ticarət", country: "AZ", region: "AZ-ABX", district: "AZ-SM", zone: "AZ-IP-SUMGAYIT-CHEMICAL", theme: "fertilizers", size: "large", founded: 2011, contact: ["Tural Əliyev", "İxrac şöbəsinin müdiri"] },
  { name: "Abşeron Gübrə MMC", country: "AZ", region: "AZ-ABX", district: "AZ-ABS", theme: "fertilizers", size: "small", founded: 2017, contact: ["Nərmin Sadıqova", "Layihə meneceri"] },
  { name: "Qaradağ Tikinti Materialları", country: "AZ", region: "AZ-BAK", district: "AZ-BA-QRD", zone: "AZ-IP-GARADAGH", theme: "construction", size: "medium", founded: 2012, contact: ["Orxan Babayev", "Satış direktoru"] },
  { name: "Mingəçevir Tekstil", country: "AZ", region: "AZ-MAR", district: "AZ-MI", zone: "AZ-IP-MINGACHEVIR", theme: "cotton", size: "large", founded: 2014, contact: ["Səbinə İsmayılova", "Kommersiya direktoru"], website: "mingachevir-textile.az" },
  { name: "Saatlı Pambıq", country: "AZ", region: "AZ-MMG", district: "AZ-SAT", theme: "cotton", size: "medium", founded: 2010, contact: ["Ramil Nəsirov", "Direktor"] },
  { name: "Şəki İpək Karvansaray", country: "AZ", region: "AZ-SZQ", district: "AZ-SA", theme: "silk", size: "small", founded: 2002, contact: ["Günay Rzayeva", "Rəhbər"] },
  { name: "Quba Meyvə Bağları", country: "AZ", region: "AZ-QXM", district: "AZ-QBA", theme: "fruit", size: "medium", founded: 2008, contact: ["Kamran Abbasov", "İxrac meneceri"] },
  { name: "Lənkəran Aqro Export", country: "AZ", region: "AZ-LNA", district: "AZ-LA", theme: "fruit", size: "small", founded: 2016, contact: ["Leyla Mustafayeva", "Satış meneceri"] },
  { name: "Hacıqabul Avto Zavod", country: "AZ", region: "AZ-SSL", district: "AZ-HAC", zone: "AZ-ID-HAJIGABUL", theme: "cars", size: "large", founded: 2022, contact: ["Fərid Cəfərov", "Layihə direktoru"] },
  { name: "Bakı Farma Qrup", country: "AZ", region: "AZ-BAK", district: "AZ-BA-KHT", theme: "pharma", size: "medium", founded: 2013, contact: ["Aytən Vəliyeva", "Qeydiyyat üzrə mütəxəssis"] },
  { name: "Nəsimi Tech Solutions", country: "AZ", region: "AZ-BAK", district: "AZ-BA-NSM", theme: "it", size: "medium", founded: 2014, contact: ["Murad Həsənov", "CEO"], website: "nasimitech.az" },
  { name: "Qəbələ Dağ Otelləri", country: "AZ", region: "AZ-SZQ", district: "AZ-QAB", theme: "hotels", size: "small", founded: 2012, contact: ["İlkin Əhmədov", "Baş menecer"] },
  { name: "İçərişəhər Zərgərlik Evi", country: "AZ", region: "AZ-BAK", district: "AZ-BA-SBL", theme: "jewellery", size: "micro", founded: 2006, contact: ["Şəbnəm Kərimova", "Dizayner"] },

  // Added later, after the forty above (whose order, and so whose e-mail addresses, never change): the seed
  // article's other sectors — machinery, electrical goods, copper, chemicals, oil products, food and drinks,
  // leather, Caspian shipping and retail.
  { name: "Chirchiq Agromash", country: "UZ", region: "UZ-TO", district: "UZ-TO-chirchiq-city", theme: "machinery", size: "large", founded: 1996, contact: ["Baxtiyor Xolmatov", "Tijorat direktori"], website: "chirchiq-agromash.uz" },
  { name: "Samarqand Yuk Avto", country: "UZ", region: "UZ-SA", district: "UZ-SA-samarkand-city", theme: "cars", size: "large", founded: 2007, contact: ["Ravshan Qurbonov", "Eksport boʻyicha menejer"] },
  { name: "Toshkent Kabel Zavodi", country: "UZ", region: "UZ-TK", district: "UZ-TK-bektemir", theme: "electrical", size: "large", founded: 1999, contact: ["Umid Nazarov", "Savdo direktori"], website: "toshkent-kabel.uz" },
  { name: "Yangiyoʻl Maishiy Texnika", country: "UZ", region: "UZ-TO", district: "UZ-TO-yangiyul-city", theme: "electrical", size: "medium", founded: 2012, contact: ["Shoira Tursunova", "Marketing boʻlimi boshligʻi"] },
  { name: "Olmaliq Mis Prokat", country: "UZ", region: "UZ-TO", district: "UZ-TO-almalyk-city", theme: "copper", size: "large", founded: 2005, contact: ["Anvar Yoqubov", "Tijorat direktori"] },
  { name: "Fargʻona Kimyo Polimer", country: "UZ", region: "UZ-FA", district: "UZ-FA-fergana-city", theme: "chemicals", size: "medium", founded: 2010, contact: ["Dilfuza Ergasheva", "Savdo menejeri"] },
  { name: "Buxoro Neft Mahsulotlari", country: "UZ", region: "UZ-BU", district: "UZ-BU-karaulbazar", theme: "petroleum", size: "large", founded: 2001, contact: ["Ilhom Joʻrayev", "Bosh direktor oʻrinbosari"] },
  { name: "Qashqadaryo Don Mahsulotlari", country: "UZ", region: "UZ-QA", district: "UZ-QA-karshi-city", theme: "food", size: "medium", founded: 2008, contact: ["Oybek Sultonov", "Direktor"] },
  { name: "Namangan Sharbat va Suv", country: "UZ", region: "UZ-NG", district: "UZ-NG-chust", zone: "UZ-FEZ-NAMANGAN", theme: "beverages", size: "small", founded: 2017, contact: ["Mohira Abdurahmonova", "Eksport menejeri"] },
  { name: "Qorakoʻl Charm Poyabzal", country: "UZ", region: "UZ-BU", district: "UZ-BU-karakul", theme: "leather", size: "medium", founded: 2013, contact: ["Hamid Rajabov", "Ishlab chiqarish direktori"] },
  { name: "Bozor Plus Savdo Tarmogʻi", country: "UZ", region: "UZ-TK", district: "UZ-TK-shaykhantakhur", theme: "trade", size: "large", founded: 2011, contact: ["Nigora Alimova", "Xaridlar direktori"], website: "bozorplus.uz" },

  { name: "Gəncə Aqrotexnika", country: "AZ", region: "AZ-GDA", district: "AZ-GA", theme: "machinery", size: "large", founded: 2015, contact: ["Elşən Qasımov", "Satış direktoru"] },
  { name: "Sumqayıt Kabel Zavodu", country: "AZ", region: "AZ-ABX", district: "AZ-SM", theme: "electrical", size: "medium", founded: 2009, contact: ["Vüqar Rəhimov", "Baş direktor"] },
  { name: "Gədəbəy Mis Emalı", country: "AZ", region: "AZ-QTV", district: "AZ-GAD", theme: "copper", size: "medium", founded: 2016, contact: ["Anar Səfərov", "Kommersiya direktoru"] },
  { name: "Sumqayıt Polimer Ticarət", country: "AZ", region: "AZ-ABX", district: "AZ-SM", zone: "AZ-IP-SUMGAYIT-CHEMICAL", theme: "chemicals", size: "large", founded: 2018, contact: ["Nigar Hacıyeva", "Satış meneceri"], website: "sumqayit-polimer.az" },
  { name: "Abşeron Sürtkü Yağları", country: "AZ", region: "AZ-BAK", district: "AZ-BA-SUR", theme: "petroleum", size: "medium", founded: 2008, contact: ["Rövşən Quliyev", "İxrac meneceri"] },
  { name: "Bakı Gəmi Təmiri", country: "AZ", region: "AZ-BAK", district: "AZ-BA-QRD", theme: "shipping", size: "large", founded: 2004, contact: ["Emin Məlikov", "Texniki direktor"] },
  { name: "Səbail Dəniz Daşımaları", country: "AZ", region: "AZ-BAK", district: "AZ-BA-SBL", theme: "shipping", size: "medium", founded: 2013, contact: ["Kənan Əsgərov", "Çarter meneceri"] },
  { name: "Masallı Aqro Qida", country: "AZ", region: "AZ-LNA", district: "AZ-MAS", zone: "AZ-ID-MASALLI", theme: "food", size: "medium", founded: 2019, contact: ["Səidə Məmmədli", "Direktor"] },
  { name: "Astara Çay və İçkilər", country: "AZ", region: "AZ-LNA", district: "AZ-AST", theme: "beverages", size: "small", founded: 2003, contact: ["Rauf Bağırov", "Rəhbər"] },
  { name: "Qazax Dəri Ayaqqabı", country: "AZ", region: "AZ-QTV", district: "AZ-QAZ", theme: "leather", size: "small", founded: 2014, contact: ["Ülviyyə Novruzova", "Satış meneceri"] },
  { name: "Nizami Market Şəbəkəsi", country: "AZ", region: "AZ-BAK", district: "AZ-BA-NZM", theme: "trade", size: "large", founded: 2010, contact: ["Cavid Hüseynli", "Satınalma direktoru"], website: "nizamimarket.az" },
];

export type DemoAccount = { email: string; password: string; role: "user" | "moderator" | "admin"; company: string; slug: string };

/** Four-letter ASCII handle for a demo e-mail address. */
export function handleOf(index: number, country: string): string {
  return `${country.toLowerCase()}${String(index + 1).padStart(2, "0")}`;
}

/**
 * A family holding on both shores: the owner of the first company also co-owns the second, so that working for
 * two companies (switching, answering requests to each) can be tried with the demo data.
 */
export const demoHolding = { ownerOf: "Surxon Quyosh Mevalari", alsoOwns: "Masallı Aqro Qida" } as const;

export function randomPassword(random: () => number): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let out = "";
  for (let i = 0; i < 20; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** Deterministic, format-valid tax IDs that cannot collide within the demo set. */
export function demoTaxId(country: "UZ" | "AZ", index: number): string {
  return country === "UZ" ? `3${String(90_000_000 + index * 7_919).padStart(8, "0")}` : `19${String(index * 10_007).padStart(7, "0")}1`;
}

function descriptionOf(theme: CompanyThemeCode, country: "UZ" | "AZ", index: number): Record<string, string> {
  const text = companyThemes[theme].text;
  if (country === "UZ") {
    // Many Uzbek companies still write in Cyrillic: every third demo company does.
    const own = index % 3 === 0 ? { uz: text.uzCyrl } : { uz: text.uz };
    return index % 2 === 0 ? { ...own, ru: text.ru, en: text.en } : { ...own, ru: text.ru };
  }
  return index % 2 === 0 ? { az: text.az, ru: text.ru, en: text.en } : { az: text.az, en: text.en };
}

/** The profile a demo company's owner fills in during onboarding (the `index` varies languages, script and phone). */
export function demoProfile(company: DemoCompany, index: number, email: string): Record<string, unknown> {
  const theme = companyThemes[company.theme];
  return {
    region: company.region,
    district: company.district,
    ...(company.city ? { city: company.city } : {}),
    ...(company.zone ? { economicZone: company.zone } : {}),
    foundedYear: company.founded,
    sizeBand: company.size,
    sectors: theme.sectors,
    hsChapters: theme.hsChapters,
    exportsTo: theme.exportsTo.filter((code) => code !== company.country),
    importsFrom: theme.importsFrom,
    languages: company.country === "UZ" ? ["uz", "ru", ...(index % 2 === 0 ? ["en"] : [])] : ["az", "ru", "tr", ...(index % 2 === 0 ? ["en"] : [])],
    ...(company.website ? { website: `https://${company.website}` } : {}),
    description: descriptionOf(company.theme, company.country, index),
    contactName: company.contact[0],
    contactPosition: company.contact[1],
    contactEmail: email,
    contactPhone: company.country === "UZ" ? `+99890${String(1_000_000 + index * 3_571).slice(-7)}` : `+99450${String(1_000_000 + index * 3_571).slice(-7)}`,
  };
}

export const demoModeratorEmail = "moderator@demo.karvon.local";

/** A demo person who signs in with a password (verified e-mail, hash made by the caller). */
export async function insertDemoPerson(
  db: Db,
  person: { id: string; name: string; email: string; locale: Locale; role?: "moderator" | "admin"; hash: string; at: Date },
): Promise<void> {
  await db.insert(user).values({
    id: person.id,
    name: person.name,
    email: person.email,
    emailVerified: true,
    locale: person.locale,
    ...(person.role ? { role: person.role } : {}),
    createdAt: person.at,
    updatedAt: person.at,
  });
  await db
    .insert(account)
    .values({ id: crypto.randomUUID(), accountId: person.id, providerId: "credential", userId: person.id, password: person.hash, createdAt: person.at, updatedAt: person.at });
}

/** Whether demo companies exist already (the seed runs once per database). */
export async function hasAnyCompany(db: Db): Promise<boolean> {
  const [row] = await db.select({ total: count() }).from(companies);
  return (row?.total ?? 0) > 0;
}

/**
 * The published demo companies, each with its owner account (verified e-mail, RANDOM password hashed by the
 * injected `hashPassword` — db cannot import the auth package). All in one transaction, so a failed seed leaves
 * nothing behind. Returns the accounts to print once; the passwords are stored nowhere else.
 */
export async function seedDemoCompanies(
  db: Db,
  params: { hashPassword: (password: string) => Promise<string>; random: () => number; now?: Date },
): Promise<{ accounts: DemoAccount[]; companyIds: string[] }> {
  const now = params.now ?? new Date();
  const people = await Promise.all(
    demoCompanies.map(async (company, index) => {
      const password = randomPassword(params.random);
      return { company, index, password, hash: await params.hashPassword(password) };
    }),
  );
  const moderatorPassword = randomPassword(params.random);
  const moderator = { password: moderatorPassword, hash: await params.hashPassword(moderatorPassword) };
  return db.transaction(async (tx) => {
    const accounts: DemoAccount[] = [];
    const companyIds: string[] = [];
    const seeded = new Map<string, { userId: string; organizationId: string; joined: Date }>();
    for (const { company, index, password, hash } of people) {
      const userId = crypto.randomUUID();
      const email = `${handleOf(index, company.country)}@demo.karvon.local`;
      const joined = new Date(now.getTime() - (30 + Math.floor(params.random() * 700)) * 24 * 60 * 60 * 1000);
      await insertDemoPerson(tx, { id: userId, name: company.contact[0], email, locale: company.country === "UZ" ? "uz" : "az", hash, at: joined });
      const created = await createCompanyDraft(tx, {
        userId,
        legalName: company.name,
        country: company.country,
        taxId: demoTaxId(company.country, index),
        at: joined,
        random: params.random,
      });
      if (!created.ok) throw new Error(`demo company ${company.name}: its owner has too many drafts`);
      await saveCompanyDraft(tx, { companyId: created.company.id, at: joined, patch: demoProfile(company, index, email) });
      const submitted = await submitCompany(tx, { companyId: created.company.id, at: joined });
      if (submitted === null) throw new Error(`demo company ${company.name}: not submitted`);
      await approveCompanyVersion(tx, { companyId: submitted.id, version: submitted.version, moderatorId: "demo-seed", at: joined });
      if (index % 3 === 1) {
        // A mix of verification levels: every third company was confirmed in the state register.
        await tx.update(companies).set({ verificationLevel: "registry-confirmed", verifiedAt: joined }).where(eq(companies.id, submitted.id));
      }
      accounts.push({ email, password, role: "user", company: company.name, slug: submitted.slug });
      companyIds.push(submitted.id);
      seeded.set(company.name, { userId, organizationId: submitted.organizationId, joined });
    }
    const holdingOwner = seeded.get(demoHolding.ownerOf);
    const holdingSecond = seeded.get(demoHolding.alsoOwns);
    if (holdingOwner === undefined || holdingSecond === undefined) throw new Error("demo holding: company missing");
    await tx.insert(member).values({
      id: crypto.randomUUID(),
      organizationId: holdingSecond.organizationId,
      userId: holdingOwner.userId,
      role: "owner",
      createdAt: holdingSecond.joined,
    });
    // One demo moderator, so the review queue can be tried (and approved through in end-to-end tests).
    const moderatorId = crypto.randomUUID();
    const moderatorEmail = demoModeratorEmail;
    await insertDemoPerson(tx, { id: moderatorId, name: "Demo Moderator", email: moderatorEmail, locale: "en", role: "moderator", hash: moderator.hash, at: now });
    accounts.push({ email: moderatorEmail, password: moderator.password, role: "moderator", company: "", slug: "" });
    return { accounts, companyIds };
  });
}

