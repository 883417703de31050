import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apostropheCharacters, cyrillicToUzbekLatin, foldText, foldTokens } from "./fold-text";

/** Real Uzbek words: Cyrillic spelling, official Latin spelling. */
const uzbekPairs: readonly [string, string][] = [
  ["пахта", "paxta"],
  ["ўзбек", "oʻzbek"],
  ["Ўзбекистон", "Oʻzbekiston"],
  ["қурилиш", "qurilish"],
  ["ғалла", "gʻalla"],
  ["ҳамкор", "hamkor"],
  ["цемент", "sement"],
  ["операция", "operatsiya"],
  ["поезд", "poyezd"],
  ["ер", "yer"],
  ["маъно", "maʼno"],
  ["тўқимачилик", "toʻqimachilik"],
  ["жамоа", "jamoa"],
  ["Хоразм", "Xorazm"],
  ["телефон", "telefon"],
  ["шакар", "shakar"],
  ["чой", "choy"],
  ["гўшт", "goʻsht"],
  ["сабзавот", "sabzavot"],
  ["мева", "meva"],
  ["узум", "uzum"],
  ["ипак", "ipak"],
  ["мис", "mis"],
  ["темир", "temir"],
  ["кўмир", "koʻmir"],
  ["ёғоч", "yogʻoch"],
  ["пойабзал", "poyabzal"],
  ["кийим", "kiyim"],
  ["қоғоз", "qogʻoz"],
  ["ғишт", "gʻisht"],
  ["ўғит", "oʻgʻit"],
  ["дори", "dori"],
  ["юк", "yuk"],
  ["савдо", "savdo"],
  ["бозор", "bozor"],
  ["корхона", "korxona"],
  ["маҳсулот", "mahsulot"],
  ["экспорт", "eksport"],
  ["сармоя", "sarmoya"],
  ["инвестиция", "investitsiya"],
  ["лойиҳа", "loyiha"],
  ["шартнома", "shartnoma"],
  ["қишлоқ хўжалиги", "qishloq xoʻjaligi"],
  ["энергетика", "energetika"],
  ["ҳудуд", "hudud"],
  ["вилоят", "viloyat"],
  ["шаҳар", "shahar"],
  ["Тошкент", "Toshkent"],
  ["Самарқанд", "Samarqand"],
  ["Бухоро", "Buxoro"],
  ["Фарғона", "Fargʻona"],
  ["Андижон", "Andijon"],
  ["Қашқадарё", "Qashqadaryo"],
  ["Жиззах", "Jizzax"],
  ["Қорақалпоғистон", "Qoraqalpogʻiston"],
  ["ёнғоқ", "yongʻoq"],
  ["буғдой", "bugʻdoy"],
  ["таъминот", "taʼminot"],
  ["мўъжиза", "moʻjiza"],
  ["шеър", "sheʼr"],
  ["қўшма", "qoʻshma"],
  ["саноат", "sanoat"],
  ["эҳтиёж", "ehtiyoj"],
  ["лицензия", "litsenziya"],
  ["станция", "stansiya"],
  ["цех", "sex"],
  ["акциз", "aksiz"],
  ["объект", "obyekt"],
  ["Европа", "Yevropa"],
  ["ёқилғи", "yoqilgʻi"],
  ["юқори", "yuqori"],
  ["яхши", "yaxshi"],
  ["етказиб бериш", "yetkazib berish"],
  ["иқтисодиёт", "iqtisodiyot"],
  ["коэффициент", "koeffitsiyent"],
  ["кооперация", "kooperatsiya"],
  ["ишлаб чиқариш", "ishlab chiqarish"],
  ["хизмат", "xizmat"],
  ["нарх", "narx"],
  ["тўлов", "toʻlov"],
  ["ўрик", "oʻrik"],
  ["электр", "elektr"],
  ["заргарлик", "zargarlik"],
];

describe("foldText: Uzbek Cyrillic and Latin fold alike", () => {
  it("has at least 50 real word pairs", () => {
    expect(uzbekPairs.length).toBeGreaterThanOrEqual(50);
  });
  it.each(uzbekPairs)("%s ≡ %s", (cyrillic, latin) => {
    expect(foldText(cyrillic)).toBe(foldText(latin));
    expect(foldText(cyrillic.toUpperCase())).toBe(foldText(latin));
  });
  it("applies the Ye and Ts context rules", () => {
    expect(cyrillicToUzbekLatin("ер")).toBe("yer");
    expect(cyrillicToUzbekLatin("поезд")).toBe("poyezd");
    expect(cyrillicToUzbekLatin("телефон")).toBe("telefon");
    expect(cyrillicToUzbekLatin("подъезд")).toBe("podʼyezd");
    expect(cyrillicToUzbekLatin("цемент")).toBe("sement");
    expect(cyrillicToUzbekLatin("операция")).toBe("operatsiya");
    expect(cyrillicToUzbekLatin("концерт")).toBe("konsert");
    expect(cyrillicToUzbekLatin("пахта")).toBe("paxta");
    expect(cyrillicToUzbekLatin("ҳамкор")).toBe("hamkor");
    expect(cyrillicToUzbekLatin("ўзбек")).toBe("oʻzbek");
    expect(cyrillicToUzbekLatin("ғалла")).toBe("gʻalla");
    expect(cyrillicToUzbekLatin("маъно")).toBe("maʼno");
  });
  it("folds Russian through the same table", () => {
    expect(foldText("Щука")).toBe("shchuka");
    expect(foldText("рыба")).toBe("riba");
    expect(foldText("хлопок")).toBe("xlopok");
    expect(foldText("Ташкент")).toBe("tashkent");
  });
});

describe("foldText: apostrophes", () => {
  it("removes every apostrophe variant and matches their absence", () => {
    const variants = ["toʻqimachilik", "to'qimachilik", "to‘qimachilik", "to’qimachilik", "to`qimachilik", "to´qimachilik", "toqimachilik", "TOʻQIMACHILIK"];
    for (const variant of variants) expect(foldText(variant)).toBe("toqimachilik");
  });
  it("covers the tutuq belgisi", () => {
    expect(foldText("maʼno")).toBe("mano");
    expect(foldText("ma'no")).toBe("mano");
    expect(foldText("маъно")).toBe("mano");
  });
  it("strips each listed apostrophe character", () => {
    for (const mark of apostropheCharacters) expect(foldText(`g${mark}alla`)).toBe("galla");
  });
});

describe("foldText: Azerbaijani", () => {
  it.each([
    ["İPƏK", "ipek"],
    ["ipək", "ipek"],
    ["IPƏK", "ipek"],
    ["ipek", "ipek"],
    ["ŞƏKİ", "seki"],
    ["Şəki", "seki"],
    ["GƏNCƏ", "gence"],
    ["Kənd təsərrüfatı", "kend teserrufati"],
    ["KƏND TƏSƏRRÜFATI", "kend teserrufati"],
    ["BAKI", "baki"],
    ["Bakı", "baki"],
    ["Qarabağ", "qarabag"],
    ["Çörək", "corek"],
    ["ÖZBƏKİSTAN", "ozbekistan"],
    ["Ağdaş", "agdas"],
    ["pambıq", "pambiq"],
    ["alüminium", "aluminium"],
  ])("%s → %s", (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe("foldText: shape", () => {
  it("collapses whitespace and turns punctuation into spaces", () => {
    expect(foldText("  Hello,   World!\n\tBaku–Tbilisi–Kars ")).toBe("hello world baku tbilisi kars");
    expect(foldText("")).toBe("");
    expect(foldText("!!!")).toBe("");
  });
  it("keeps digits", () => {
    expect(foldText("HS 52, 50 000 t")).toBe("hs 52 50 000 t");
  });
  it("handles decomposed input (NFD й, ў)", () => {
    expect(foldText("чой".normalize("NFD"))).toBe("choy");
    expect(foldText("ўзбек".normalize("NFD"))).toBe("ozbek");
  });
  it("is idempotent on the table", () => {
    for (const [cyrillic, latin] of uzbekPairs) {
      expect(foldText(foldText(cyrillic))).toBe(foldText(cyrillic));
      expect(foldText(foldText(latin))).toBe(foldText(latin));
    }
  });
  it("is idempotent on any string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => foldText(foldText(text)) === foldText(text)),
      { numRuns: 500 },
    );
  });
  it("never leaves uppercase, apostrophes or double spaces (property)", () => {
    const alphabet = fc.constantFrom(..."ЎўҚқҒғҲҳЕеЦцЪъЬьАаOoʻʼ'`‘’´ İıIƏəŞşÇçĞğÖöÜü-,.!".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const folded = foldText(chars.join(""));
        return folded === folded.toLowerCase() && !/['`‘’´ʻʼ]/.test(folded) && !folded.includes("  ") && folded === folded.trim();
      }),
      { numRuns: 500 },
    );
  });
});

describe("foldTokens", () => {
  it("splits folded text into words", () => {
    expect(foldTokens("Toʻqimachilik  mahsulotlari, Тошкент")).toEqual(["toqimachilik", "mahsulotlari", "toshkent"]);
    expect(foldTokens("  ")).toEqual([]);
  });
});
