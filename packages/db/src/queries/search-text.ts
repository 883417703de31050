import {
  byCode,
  companyLegalForms,
  cooperationKinds,
  countryByCode,
  districtByCode,
  economicZoneByCode,
  foldText,
  foldTokens,
  hsChapterByCode,
  hsChapters,
  listingKinds,
  locales,
  regionByCode,
  sectorByCode,
  sectors,
  type Labels,
  type LocalizedText,
} from "@karvon/data";

/** Anything of @karvon/data with labels in the four languages and, maybe, search synonyms. */
type Vocabulary = { labels: Labels; synonyms?: readonly string[] } | undefined;

function vocabularyTexts(term: Vocabulary): string[] {
  if (term === undefined) return [];
  return [...Object.values(term.labels), ...(term.synonyms ?? [])];
}

/** A localized text's values in every language it has. */
export function localizedValues(value: LocalizedText | undefined): string[] {
  if (value === undefined) return [];
  return locales.flatMap((locale) => {
    const text = value[locale];
    return text === undefined || text === "" ? [] : [text];
  });
}

/** A sector list with each division's ISIC section added, so filtering by a section finds its divisions. */
export function withSectorSections(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    out.add(code);
    const section = sectorByCode(code)?.section;
    if (section !== undefined) out.add(section);
  }
  return [...out];
}

export type Classification = {
  kind?: string;
  country: string;
  region: string | null;
  /** The district or city, whose names in every language and their exonyms (Kokand, Коканд, Qoʻqon) find it. */
  district?: string | null;
  economicZone?: string | null;
  sectors: readonly string[];
  hsChapters: readonly string[];
  cooperationKinds: readonly string[];
};

/**
 * The labels and synonyms, in every language and script, of what a document is classified under: a query that
 * names the concept ("хлопок", "pambıq", "cotton") finds a document classified HS 52 that never says so.
 */
export function classificationTexts(classification: Classification): string[] {
  return [
    ...vocabularyTexts(classification.kind === undefined ? undefined : byCode(listingKinds, classification.kind)),
    ...vocabularyTexts(countryByCode(classification.country)),
    ...vocabularyTexts(classification.region === null ? undefined : regionByCode(classification.region)),
    ...vocabularyTexts(classification.district ? districtByCode(classification.district) : undefined),
    ...vocabularyTexts(classification.economicZone ? economicZoneByCode(classification.economicZone) : undefined),
    ...classification.sectors.flatMap((code) => vocabularyTexts(sectorByCode(code))),
    ...classification.hsChapters.flatMap((code) => vocabularyTexts(hsChapterByCode(code))),
    ...classification.cooperationKinds.flatMap((code) => vocabularyTexts(byCode(cooperationKinds, code))),
  ];
}

export type SearchText = { folded: string; nameFolded: string; concepts: string; body: string; words: string[] };

/**
 * The folded own text (title and description), the folded company name, the classification's folded words not
 * already in either (each once), the raw body for the Russian and English stemmers, and the distinct words for
 * the typo dictionary.
 */
export function buildSearchText(own: readonly string[], classification: readonly string[], name = ""): SearchText {
  const ownWords = foldTokens(own.join(" "));
  const nameWords = foldTokens(name);
  const seen = new Set([...ownWords, ...nameWords]);
  const extra: string[] = [];
  for (const word of foldTokens(classification.join(" "))) {
    if (seen.has(word)) continue;
    seen.add(word);
    extra.push(word);
  }
  const words = [...seen].filter((word) => word.length >= 3 && word.length <= 40);
  return {
    folded: ownWords.join(" "),
    nameFolded: nameWords.join(" "),
    concepts: extra.join(" "),
    body: [...own, name, ...classification].filter((text) => text !== "").join("\n"),
    words,
  };
}

/** Longest query text looked at; the rest is cut (a query of any length never errors). */
export const maxQueryLength = 200;
/** Most words of a query that take part; the rest is ignored. */
export const maxQueryTokens = 8;

export type QueryToken = {
  /** The folded form, matched as a prefix in the folded tsvector. */
  folded: string;
  /** The lowercase word as typed (letters and digits only), for the Russian and English stemmers. */
  raw: string;
};

/**
 * Splits a query into safe tokens: only letters and digits survive, so no character of the input can reach
 * tsquery syntax. Words are split on anything but letters, digits and apostrophes (apostrophes are dropped
 * inside a word: to'qimachilik is one word). One-letter words are ignored.
 */
export function parseQueryTokens(text: string): QueryToken[] {
  const cut = text.slice(0, maxQueryLength).normalize("NFC").toLowerCase();
  const tokens: QueryToken[] = [];
  const seen = new Set<string>();
  for (const word of cut.split(/[^\p{L}\p{N}\p{M}'`ʻʼ‘’´]+/u)) {
    const folded = foldText(word).replaceAll(" ", "");
    const raw = word.replace(/[^\p{L}\p{N}]/gu, "");
    if (folded.length < 2 || raw === "" || seen.has(folded)) continue;
    seen.add(folded);
    tokens.push({ folded, raw });
    if (tokens.length === maxQueryTokens) break;
  }
  return tokens;
}

/** Concepts (HS chapters and sectors) whose labels or synonyms contain every query token as a word. */
export function conceptsOf(tokens: readonly QueryToken[]): { hsChapters: string[]; sectors: string[] } {
  if (tokens.length === 0) return { hsChapters: [], sectors: [] };
  return { hsChapters: matchingCodes(hsIndex(), tokens), sectors: matchingCodes(sectorIndex(), tokens) };
}

type ConceptIndex = { code: string; words: Set<string> }[];

function matchingCodes(index: ConceptIndex, tokens: readonly QueryToken[]): string[] {
  return index
    .filter((entry) => tokens.some((token) => token.folded.length >= 4 && entry.words.has(token.folded)))
    .map((entry) => entry.code);
}

let hsCache: ConceptIndex | undefined;
let sectorCache: ConceptIndex | undefined;

function hsIndex(): ConceptIndex {
  hsCache ??= conceptIndex(hsChapters);
  return hsCache;
}

function sectorIndex(): ConceptIndex {
  sectorCache ??= conceptIndex(sectors);
  return sectorCache;
}

function conceptIndex(items: readonly (Vocabulary & { code: string })[]): ConceptIndex {
  return items.map((item) => ({ code: item.code, words: new Set(foldTokens(vocabularyTexts(item).join(" "))) }));
}

/**
 * Uzbek and Azerbaijani function words (folded), which neither stemmer knows: they are left out of a query so
 * "paxta va ip" needs no document containing "va". Russian and English stop words come from their stemmers.
 */
export const foldedStopWords: ReadonlySet<string> = new Set([
  "va", "ham", "bilan", "uchun", "yoki", "bu", "shu", "ve", "ile", "ucun", "veya", "ya", "da", "de", "bir",
]);

/** The companies' legal forms (`companyLegalForms` of @karvon/data), folded as query words are. */
export const foldedLegalForms: ReadonlySet<string> = new Set(
  companyLegalForms.flatMap((form) => parseQueryTokens(form.abbreviation).map((token) => token.folded)),
);
