import { describe, expect, it } from "vitest";
import {
  companySizeBands,
  contactPurposes,
  cooperationKinds,
  corridors,
  countries,
  currencies,
  declineReasons,
  districts,
  districtsOf,
  economicZoneKinds,
  economicZones,
  bilateralFigures,
  figureByCode,
  hsChapters,
  incoterms,
  labelOf,
  listingDirections,
  listingKinds,
  locales,
  moderationReasons,
  partnerCountryCodes,
  projectStages,
  quantityUnits,
  regionCodeSchema,
  regions,
  regionsOf,
  reportReasons,
  sectors,
  sources,
  spokenLanguages,
  twinCities,
  isSourceId,
  type Labels,
} from "./index";

type Labelled = { code?: string; labels: Labels; source?: string };

const labelledLists: Record<string, readonly Labelled[]> = {
  countries,
  regions,
  districts,
  economicZones,
  economicZoneKinds,
  sectors,
  hsChapters,
  cooperationKinds,
  listingKinds,
  listingDirections,
  companySizeBands,
  spokenLanguages,
  currencies,
  incoterms,
  projectStages,
  quantityUnits,
  moderationReasons,
  reportReasons,
  declineReasons,
  contactPurposes,
  corridors,
  twinCities,
  bilateralFigures,
};

describe("every labelled record", () => {
  for (const [name, list] of Object.entries(labelledLists)) {
    it(`${name}: non-empty labels in all four locales`, () => {
      expect(list.length).toBeGreaterThan(0);
      for (const record of list) {
        for (const locale of locales) {
          expect(record.labels[locale].trim(), `${name} ${record.code ?? ""} ${locale}`).not.toBe("");
        }
      }
    });
    it(`${name}: a source that exists`, () => {
      for (const record of list) {
        expect(record.source !== undefined && isSourceId(record.source), `${name} ${record.code ?? ""} source ${record.source}`).toBe(true);
      }
    });
    it(`${name}: unique codes`, () => {
      const codes = list.map((record) => record.code).filter((code) => code !== undefined);
      expect(new Set(codes).size).toBe(codes.length);
    });
  }
  it("Uzbek labels use the U+02BB oʻ/gʻ, not ASCII or other apostrophes", () => {
    for (const list of Object.values(labelledLists)) {
      for (const record of list) expect(record.labels.uz, record.code).not.toMatch(/[oOgG]['`‘’ʼ]/);
    }
  });
  it("Russian labels are Cyrillic, not Latin look-alikes", () => {
    for (const record of [...regions, ...districts, ...countries]) {
      expect(record.labels.ru, record.code).toMatch(/^[А-Яа-яЁё0-9 .,()«»\-–]+$/u);
    }
  });
  it("every source record carries its own id", () => {
    for (const [id, source] of Object.entries(sources)) expect(source.id).toBe(id);
  });
  it("labelOf picks the locale", () => {
    const uz = countries[0];
    expect(labelOf(uz, "uz")).toBe("Oʻzbekiston");
    expect(labelOf(uz, "az")).toBe("Özbəkistan");
    expect(labelOf(uz, "ru")).toBe("Узбекистан");
  });
});

describe("countries", () => {
  it("has both partners flagged and the main trading partners", () => {
    expect(countries.filter((country) => country.isPartner).map((country) => country.code)).toEqual([...partnerCountryCodes]);
    const codes = countries.map((country) => country.code as string);
    for (const code of ["CN", "RU", "KZ", "KG", "TM", "TJ", "TR", "GE", "IR", "DE", "IT", "IN", "KR"]) expect(codes).toContain(code);
  });
});

describe("regions and districts", () => {
  it("Uzbekistan has its 14 first-level divisions with ISO 3166-2:UZ codes", () => {
    expect(regionsOf("UZ").map((region) => region.code).sort()).toEqual(
      ["UZ-AN", "UZ-BU", "UZ-FA", "UZ-JI", "UZ-NG", "UZ-NW", "UZ-QA", "UZ-QR", "UZ-SA", "UZ-SI", "UZ-SU", "UZ-TK", "UZ-TO", "UZ-XO"],
    );
  });
  it("Azerbaijan has the 14 economic regions of 2021", () => {
    expect(regionsOf("AZ")).toHaveLength(14);
    expect(regionCodeSchema.parse("AZ-BAK")).toBe("AZ-BAK");
  });
  it("every district belongs to an existing region, every region has districts", () => {
    const regionCodes = new Set<string>(regions.map((region) => region.code));
    for (const district of districts) expect(regionCodes.has(district.region), district.code).toBe(true);
    for (const region of regions) expect(districtsOf(region.code).length, region.code).toBeGreaterThan(0);
  });
  it("Azerbaijan has 66 districts (rayons) and, besides Baku, 10 cities of republican subordination", () => {
    const az = districts.filter((district) => district.code.startsWith("AZ-") && !district.code.startsWith("AZ-BA-"));
    expect(az.filter((district) => district.kind === "district")).toHaveLength(66);
    expect(az.filter((district) => district.kind === "city")).toHaveLength(10);
    expect(districtsOf("AZ-BAK")).toHaveLength(12);
  });
  it("regions carry the English spellings people type", () => {
    const synonyms = regions.flatMap((region) => region.synonyms);
    for (const word of ["Khorezm", "Fergana", "Bukhara", "Sheki", "Ganja", "Samarkand", "Nakhchivan"]) expect(synonyms).toContain(word);
  });
  it("district codes start with their region's country", () => {
    for (const district of districts) expect(district.code.slice(0, 2)).toBe(district.region.slice(0, 2));
  });
});

describe("economic zones", () => {
  it("each zone lies in a region of its country, and in that region's district", () => {
    for (const zone of economicZones) {
      const region = regions.find((candidate) => candidate.code === zone.region);
      expect(region?.country, zone.code).toBe(zone.country);
      if ("district" in zone) expect(districts.find((district) => district.code === zone.district)?.region, zone.code).toBe(zone.region);
    }
  });
  it("includes the zones named in the brief", () => {
    const codes = economicZones.map((zone) => zone.code as string);
    for (const code of ["UZ-FEZ-NAVOIY", "UZ-FEZ-ANGREN", "UZ-FEZ-NUKUS-FARM", "UZ-FEZ-PARKENT-FARM", "AZ-FEZ-ALAT", "AZ-IP-SUMGAYIT-CHEMICAL", "AZ-IP-ARAZ-VALLEY", "AZ-ID-HAJIGABUL"]) {
      expect(codes).toContain(code);
    }
    expect(economicZones.filter((zone) => zone.kind === "pharma-zone")).toHaveLength(7);
  });
});

describe("sectors (ISIC Rev.4)", () => {
  it("has 21 sections A–U and 88 divisions, each division under an existing section", () => {
    const sections = sectors.filter((sector) => sector.level === "section");
    const divisions = sectors.filter((sector) => sector.level === "division");
    expect(sections.map((sector) => sector.code).join("")).toBe("ABCDEFGHIJKLMNOPQRSTU");
    expect(divisions).toHaveLength(88);
    const sectionCodes = new Set<string>(sections.map((sector) => sector.code));
    for (const division of divisions) {
      expect(division.code, division.code).toMatch(/^\d{2}$/);
      expect(sectionCodes.has(division.section), division.code).toBe(true);
    }
  });
  it("flags the seed's priority sectors", () => {
    const priority = new Set<string>(sectors.filter((sector) => sector.priority).map((sector) => sector.code));
    for (const code of ["13", "14", "01", "21", "27", "28", "20", "32", "35", "H", "62", "63", "K", "10", "55", "P"]) expect(priority.has(code), code).toBe(true);
    expect(priority.has("92")).toBe(false);
  });
  it("has synonyms with Uzbek Cyrillic for search", () => {
    const textiles = sectors.find((sector) => sector.code === "13");
    expect(textiles?.synonyms).toContain("Тўқимачилик маҳсулотлари ишлаб чиқариш");
  });
});

describe("HS chapters", () => {
  it("has chapters 01–97 with 77 reserved", () => {
    expect(hsChapters.map((chapter) => chapter.code)).toEqual(Array.from({ length: 97 }, (_, index) => String(index + 1).padStart(2, "0")));
    expect(hsChapters.filter((chapter) => "reserved" in chapter).map((chapter) => chapter.code)).toEqual(["77"]);
  });
  it("has concept synonyms in every language", () => {
    const synonymsOf = (code: string) => hsChapters.find((chapter) => chapter.code === code)?.synonyms ?? [];
    for (const word of ["cotton", "хлопок", "paxta", "pambıq"]) expect(synonymsOf("52")).toContain(word);
    for (const word of ["aluminium", "aluminum", "алюминий", "alyuminiy", "alüminium"]) expect(synonymsOf("76")).toContain(word);
    for (const word of ["silk", "шёлк", "ipak", "ipək"]) expect(synonymsOf("50")).toContain(word);
    expect(synonymsOf("31")).toContain("fertilizers");
    expect(synonymsOf("08")).toContain("fruit");
    expect(synonymsOf("30")).toContain("pharmaceuticals");
    expect(synonymsOf("87")).toContain("cars");
    expect(synonymsOf("52")).toContain("Пахта");
  });
});

describe("bilateral figures", () => {
  it("has every figure of the seed", () => {
    expect(bilateralFigures).toHaveLength(18);
    expect(figureByCode("trade-turnover-2023")?.value).toBe(232_000_000);
    expect(figureByCode("btk-capacity")?.value).toBe(5_000_000);
    expect(figureByCode("bilateral-agreements")?.value).toBe(169);
    expect(figureByCode("finished-goods-export-share-target")?.value).toBe(3.3);
    expect(figureByCode("nope")).toBeUndefined();
  });
  it("each figure comes from the seed with a quote that contains its number", () => {
    for (const figure of bilateralFigures) {
      expect(figure.source).toBe("seed-partnership-article");
      expect(figure.quote.length).toBeGreaterThan(10);
      expect(figure.asOf).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
  });
});

describe("corridors and twin cities", () => {
  it("corridors serve existing regions", () => {
    const regionCodes = new Set<string>(regions.map((region) => region.code));
    for (const corridor of corridors) for (const region of corridor.servesRegions) expect(regionCodes.has(region)).toBe(true);
    expect(corridors.map((corridor) => corridor.code)).toContain("btk-railway");
  });
  it("twin cities point at Uzbek and Azerbaijani places", () => {
    const placeCodes = new Set<string>([...regions, ...districts].map((place) => place.code));
    for (const pair of twinCities) {
      expect(placeCodes.has(pair.uz) && pair.uz.startsWith("UZ-"), pair.uz).toBe(true);
      expect(placeCodes.has(pair.az) && pair.az.startsWith("AZ-"), pair.az).toBe(true);
    }
    expect(twinCities.filter((pair) => pair.forum).length).toBeGreaterThanOrEqual(4);
  });
});
