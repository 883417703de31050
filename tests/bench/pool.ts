/**
 * The pool of distinct realistic queries the 16-client load draws from, and the Zipf-distributed order it draws
 * them in: a few queries are asked very often, most of them rarely, as in a real search log. Deterministic from a
 * seed. The mix: product words in Uzbek Latin and Cyrillic, Russian (with case endings), Azerbaijani with and
 * without its marks, English, typos, two-word queries, company names, a word with filters, filters alone, and
 * deep pages of any of them.
 */
import { cooperationKinds, regions, selectableHsChapterCodes, type SearchInput } from "@karvon/data";
import { createRandom, type Random } from "./random";
import { commonTerms, namePrefixes, sectorVocabularies, type Term, type Writing } from "./vocabulary";

export type PoolQuery = { input: SearchInput; form: string };

/** Azerbaijani typed on a keyboard without its letters: ə → e, ı → i, ş → s … */
function withoutMarks(text: string): string {
  const plain: Record<string, string> = { ə: "e", Ə: "E", ı: "i", İ: "I", ş: "s", Ş: "S", ç: "c", Ç: "C", ğ: "g", Ğ: "G", ö: "o", Ö: "O", ü: "u", Ü: "U" };
  return [...text].map((char) => plain[char] ?? char).join("");
}

/** A Russian case ending as people type it after a preposition or in a plural: цемент → цемента, ткань → ткани. */
function russianForm(text: string, random: Random): string {
  return text
    .split(" ")
    .map((word) => {
      if (word.length < 4) return word;
      if (/[ьйя]$/u.test(word)) return `${word.slice(0, -1)}и`;
      if (/а$/u.test(word)) return `${word.slice(0, -1)}${random.pick(["ы", "у", "ой"])}`;
      if (/[бвгджзклмнпрстфхцчшщ]$/u.test(word)) return `${word}${random.pick(["а", "ы", "ом"])}`;
      return word;
    })
    .join(" ");
}

/** One letter dropped, doubled or swapped with its neighbour in the longest word. */
function typo(text: string, random: Random): string {
  const words = text.split(" ");
  const longest = words.reduce((best, word, index) => ((word.length > (words[best] ?? "").length ? index : best)), 0);
  const word = [...(words[longest] ?? "")];
  if (word.length < 5) return text;
  const at = random.int(1, word.length - 2);
  const kind = random.int(0, 2);
  if (kind === 0) word.splice(at, 1);
  else if (kind === 1) word.splice(at, 0, word[at] as string);
  else [word[at], word[at + 1]] = [word[at + 1] as string, word[at] as string];
  words[longest] = word.join("");
  return words.join(" ");
}

const types = ["offers", "requests", "companies", "projects"] as const;
const countries = ["UZ", "AZ"] as const;

function randomFilters(random: Random): SearchInput {
  const input: SearchInput = {};
  if (random.chance(0.5)) input.type = random.pick(types);
  if (random.chance(0.5)) input.country = random.pick(countries);
  if (random.chance(0.2)) {
    const region = random.pick(regions.filter((entry) => input.country === undefined || entry.country === input.country));
    input.region = region.code;
  }
  if (random.chance(0.3)) input.sector = random.pick(random.pick(sectorVocabularies).sectors);
  if (random.chance(0.2)) input.hsChapter = random.pick(selectableHsChapterCodes);
  if (random.chance(0.1)) input.cooperationKind = random.pick(cooperationKinds).code;
  if (random.chance(0.1)) input.sizeBand = random.pick(["micro", "small", "medium", "large"]);
  if (random.chance(0.15)) input.verifiedOnly = true;
  if (random.chance(0.2)) input.sort = "newest";
  return input;
}

function termText(term: Term, random: Random): { q: string; form: string } {
  const writing: Writing = random.pick(["uz", "uz", "uzCyrl", "ru", "ru", "az", "en"]);
  const text = term[writing];
  if (writing === "az" && random.chance(0.5)) return { q: withoutMarks(text), form: "az without marks" };
  if (writing === "ru" && random.chance(0.4)) return { q: russianForm(text, random), form: "ru form" };
  return { q: text, form: writing };
}

function oneQuery(random: Random): PoolQuery {
  const vocabulary = random.pick(sectorVocabularies);
  const term = random.chance(0.7) ? random.pick(vocabulary.frequent) : random.pick(vocabulary.rare.length > 0 ? vocabulary.rare : vocabulary.frequent);
  const roll = random.next();
  let query: PoolQuery;
  if (roll < 0.4) {
    const { q, form } = termText(term, random);
    query = { input: { q }, form };
  } else if (roll < 0.5) {
    query = { input: { q: typo(termText(term, random).q, random) }, form: "typo" };
  } else if (roll < 0.6) {
    const common = random.pick(Object.values(commonTerms));
    const { q, form } = termText(term, random);
    const writing: Writing = form === "ru form" ? "ru" : form === "az without marks" ? "az" : (form as Writing);
    query = { input: { q: `${q} ${common[writing].split(" ")[0]}` }, form: "two words" };
  } else if (roll < 0.67) {
    const country = random.pick(countries);
    query = { input: { q: `${random.pick(namePrefixes[country])} ${vocabulary.nameWord}` }, form: "company name" };
  } else if (roll < 0.82) {
    query = { input: { ...randomFilters(random), q: termText(term, random).q }, form: "text + filters" };
  } else {
    query = { input: randomFilters(random), form: "filters only" };
  }
  if (random.chance(0.08)) query = { input: { ...query.input, page: random.int(2, 30) }, form: `${query.form}, deep page` };
  return query;
}

/** `size` distinct queries (distinct as the server sees them), in the order of their Zipf rank. */
export function createQueryPool(size: number, seed: number): PoolQuery[] {
  const random = createRandom(seed ^ 0x9001);
  const seen = new Set<string>();
  const pool: PoolQuery[] = [];
  // Browsing everything is what most visitors do first: the most frequent query of all.
  for (const first of [{ input: {}, form: "filters only" }, { input: { type: "offers" as const }, form: "filters only" }]) {
    seen.add(JSON.stringify(first.input));
    pool.push(first);
  }
  for (let attempts = 0; pool.length < size && attempts < size * 50; attempts += 1) {
    const query = oneQuery(random);
    const key = JSON.stringify(query.input);
    if (seen.has(key)) continue;
    seen.add(key);
    pool.push(query);
  }
  return pool;
}

/**
 * `count` draws from the pool with Zipf's law (the query of rank r is drawn with probability ∝ 1/r^s, s = 1):
 * the head is asked again and again (warm), the long tail mostly once (cold).
 */
export function zipfDraws<T>(pool: readonly T[], count: number, seed: number, exponent = 1): T[] {
  const random = createRandom(seed ^ 0x21bf);
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= pool.length; rank += 1) {
    sum += 1 / rank ** exponent;
    cumulative.push(sum);
  }
  const draws: T[] = [];
  for (let i = 0; i < count; i += 1) {
    const target = random.next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    draws.push(pool[low] as T);
  }
  return draws;
}
