/**
 * The benchmark's query mix. Each entry is the `search.query` input the web app sends (a `SearchInput` of
 * @karvon/data), its class, and for planted queries the truth key (planted.ts) whose ids must appear in the
 * first ten hits. `weight` is how often the entry appears in the 16-client mixed load.
 */
import type { SearchInput } from "@karvon/data";

export const queryClasses = [
  "exact",
  "cross-script",
  "typo",
  "concept",
  "common",
  "rare",
  "name",
  "browse",
  "text+filters",
  "deep-page",
] as const;
export type QueryClass = (typeof queryClasses)[number];

/** Classes whose recall@10 is checked against a floor (the budgets of docs/performance.md). */
export const recallFloors = { exact: 1, "cross-script": 0.95, typo: 0.9 } as const satisfies Partial<Record<QueryClass, number>>;

export type BenchQuery = { id: string; class: QueryClass; input: SearchInput; truth?: string; weight?: number };

export const benchQueries: readonly BenchQuery[] = [
  // exact: the word as the documents write it
  { id: "exact-zardozi", class: "exact", input: { q: "zardoʻzi" }, truth: "zardozi" },
  { id: "exact-kuraga", class: "exact", input: { q: "курага" }, truth: "kuraga" },
  { id: "exact-kelagayi", class: "exact", input: { q: "kəlağayı" }, truth: "kelagayi" },
  { id: "exact-saffron", class: "exact", input: { q: "saffron" }, truth: "saffron" },
  { id: "exact-sumalak", class: "exact", input: { q: "сумалак" }, truth: "sumalak" },
  { id: "exact-sekerbura", class: "exact", input: { q: "şəkərbura" }, truth: "sekerbura" },
  { id: "exact-navvot", class: "exact", input: { q: "navvot" }, truth: "navvot" },
  { id: "exact-name", class: "exact", input: { q: "Kumushkon Savdo Uyi" }, truth: "kumushkon" },
  { id: "exact-kuraga-form", class: "exact", input: { q: "кураги" }, truth: "kuraga" },
  // cross-script: another script, apostrophe or keyboard
  { id: "cross-zardozi-cyrl", class: "cross-script", input: { q: "зардўзи" }, truth: "zardozi" },
  { id: "cross-zardozi-ascii", class: "cross-script", input: { q: "zardo'zi" }, truth: "zardozi" },
  { id: "cross-kuraga-latin", class: "cross-script", input: { q: "kuraga" }, truth: "kuraga" },
  { id: "cross-kelagayi-plain", class: "cross-script", input: { q: "kelagayi" }, truth: "kelagayi" },
  { id: "cross-kelagayi-caps", class: "cross-script", input: { q: "KƏLAĞAYI" }, truth: "kelagayi" },
  { id: "cross-sumalak-latin", class: "cross-script", input: { q: "sumalak" }, truth: "sumalak" },
  { id: "cross-beqasam-cyrl", class: "cross-script", input: { q: "беқасам" }, truth: "beqasam" },
  { id: "cross-sekerbura-plain", class: "cross-script", input: { q: "sekerbura" }, truth: "sekerbura" },
  { id: "cross-navvot-cyrl", class: "cross-script", input: { q: "наввот" }, truth: "navvot" },
  { id: "cross-name-cyrl", class: "cross-script", input: { q: "Кумушкон" }, truth: "kumushkon" },
  // typo: one or two letters wrong
  { id: "typo-zardozi", class: "typo", input: { q: "zardozy" }, truth: "zardozi" },
  { id: "typo-kelagayi", class: "typo", input: { q: "kelagai" }, truth: "kelagayi" },
  { id: "typo-saffron", class: "typo", input: { q: "safron" }, truth: "saffron" },
  { id: "typo-sumalak", class: "typo", input: { q: "sumolak" }, truth: "sumalak" },
  { id: "typo-beqasam", class: "typo", input: { q: "beqasem" }, truth: "beqasam" },
  { id: "typo-sekerbura", class: "typo", input: { q: "shekerbura" }, truth: "sekerbura" },
  { id: "typo-kuraga", class: "typo", input: { q: "куранга" }, truth: "kuraga" },
  // concept: a word for a classification in another language, with a planted word
  { id: "concept-adras-cotton", class: "concept", input: { q: "adras хлопок" }, truth: "adras:cotton" },
  { id: "concept-adras-silk", class: "concept", input: { q: "adras ipək" }, truth: "adras:silk" },
  { id: "concept-suzani-carpet", class: "concept", input: { q: "suzani гилам" }, truth: "suzani:carpet" },
  // latency only: frequent and rare words of the generated data, company names
  { id: "common-cement", class: "common", input: { q: "cement" }, weight: 3 },
  { id: "common-paxta", class: "common", input: { q: "paxta" }, weight: 3 },
  { id: "common-optom", class: "common", input: { q: "оптом" }, weight: 3 },
  { id: "common-two", class: "common", input: { q: "ulgurji sifat" }, weight: 2 },
  { id: "common-topdan", class: "common", input: { q: "topdan tədarük" }, weight: 2 },
  { id: "rare-marble", class: "rare", input: { q: "mərmər" }, weight: 2 },
  { id: "rare-solar", class: "rare", input: { q: "solar panels" }, weight: 2 },
  { id: "rare-persimmon", class: "rare", input: { q: "хурма" }, weight: 2 },
  { id: "name-oltin", class: "name", input: { q: "Oltin Textile" }, weight: 2 },
  { id: "name-xezer", class: "name", input: { q: "Xəzər Metall MMC" }, weight: 2 },
  // browsing with filters only
  { id: "browse-all", class: "browse", input: {}, weight: 4 },
  { id: "browse-az-offers", class: "browse", input: { type: "offers", country: "AZ" }, weight: 3 },
  { id: "browse-sector", class: "browse", input: { sector: "24", verifiedOnly: true }, weight: 2 },
  { id: "browse-hs-newest", class: "browse", input: { hsChapter: "08", sort: "newest" }, weight: 2 },
  // text and filters
  { id: "filters-cement-uz", class: "text+filters", input: { q: "цемент", country: "UZ", type: "offers" }, weight: 2 },
  { id: "filters-fruit-region", class: "text+filters", input: { q: "uzum", region: "UZ-FA" }, weight: 2 },
  { id: "filters-silk-size", class: "text+filters", input: { q: "ipak", sizeBand: "small", cooperationKind: "supply" }, weight: 2 },
  // deep pages
  { id: "deep-browse", class: "deep-page", input: { page: 40 }, weight: 1 },
  { id: "deep-text", class: "deep-page", input: { q: "oʻgʻitlar", page: 10 }, weight: 1 },
];
