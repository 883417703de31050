/**
 * The legal forms companies of the two countries put in their names, as they are abbreviated there and in Russian
 * and English. A name says who a company is; its legal form says only how it is registered, and nearly every company
 * of a country shares one of a few ("MMC" ends most Azerbaijani names, "MChJ" most Uzbek ones). Partner search
 * therefore does not require these words when a query has others (`Xəzər Metall MMC` finds Xəzər Metall whatever its
 * form), and still searches for one typed alone.
 *
 * Abbreviations that are also words of the portal's languages are left out: ИП (sole proprietor) folds to "ip",
 * Uzbek for yarn; OK (oilaviy korxona, family enterprise) is English "ok".
 */
export const companyLegalForms: readonly { abbreviation: string; meaning: string }[] = [
  // Uzbekistan
  { abbreviation: "MChJ", meaning: "masʼuliyati cheklangan jamiyat (limited liability company)" },
  { abbreviation: "AJ", meaning: "aksiyadorlik jamiyati (joint-stock company)" },
  { abbreviation: "QK", meaning: "qoʻshma korxona (joint venture)" },
  { abbreviation: "XK", meaning: "xususiy korxona (private enterprise)" },
  { abbreviation: "YaTT", meaning: "yakka tartibdagi tadbirkor (sole proprietor)" },
  // Azerbaijan
  { abbreviation: "MMC", meaning: "məhdud məsuliyyətli cəmiyyət (limited liability company)" },
  { abbreviation: "ASC", meaning: "açıq səhmdar cəmiyyəti (open joint-stock company)" },
  { abbreviation: "QSC", meaning: "qapalı səhmdar cəmiyyəti (closed joint-stock company)" },
  // Russian, as both countries' registries and companies also write them
  { abbreviation: "ООО", meaning: "общество с ограниченной ответственностью (limited liability company)" },
  { abbreviation: "ОАО", meaning: "открытое акционерное общество (open joint-stock company)" },
  { abbreviation: "ЗАО", meaning: "закрытое акционерное общество (closed joint-stock company)" },
  { abbreviation: "АО", meaning: "акционерное общество (joint-stock company)" },
  { abbreviation: "СП", meaning: "совместное предприятие (joint venture)" },
  // English
  { abbreviation: "LLC", meaning: "limited liability company" },
  { abbreviation: "LLP", meaning: "limited liability partnership" },
  { abbreviation: "Ltd", meaning: "limited company" },
  { abbreviation: "JSC", meaning: "joint-stock company" },
];
