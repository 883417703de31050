/**
 * The benchmark's dataset, generated deterministically from a seed: companies of both countries with listings
 * written in five writings from per-sector vocabularies, every facet filled from @karvon/data, and the planted
 * truth (planted.ts) mixed in at fixed positions. Rows have the shape the app writes (`companies`, `listings`
 * with a `published` snapshot); search documents are then built by the db package's own functions (load.ts).
 */
import {
  companySizeBands,
  cooperationKinds,
  economicZonesOf,
  foldTokens,
  hsChapters as allHsChapters,
  regionsOf,
  type LocalizedText,
} from "@karvon/data";
import type { schema } from "@karvon/db";
import { plantedGroups, plantedMatchGroups } from "./planted";
import { createRandom, type Random } from "./random";
import {
  commonTerms,
  legalForms,
  namePrefixes,
  phrases,
  sectorVocabularies,
  type SectorVocabulary,
  type Term,
  type Writing,
} from "./vocabulary";
import { storedListing } from "../support/stored-shapes";

export type BenchSize = "XS" | "S" | "M";
export const benchSizes: Record<BenchSize, { companies: number; listingsPerCompany: number }> = {
  XS: { companies: 1_000, listingsPerCompany: 3 },
  S: { companies: 10_000, listingsPerCompany: 3 },
  M: { companies: 100_000, listingsPerCompany: 3 },
};
export const defaultSeed = 20260601;

export type OrganizationRow = typeof schema.organization.$inferInsert;
export type CompanyRow = typeof schema.companies.$inferInsert & { id: string };
export type ListingRow = typeof schema.listings.$inferInsert & { id: string };
export type Batch = { organizations: OrganizationRow[]; companies: CompanyRow[]; listings: ListingRow[] };

/** Query key → the entity ids (company or listing) a search must return in its first ten hits. */
export type SearchTruth = Record<string, string[]>;
/** Match group key → the offering company and the request ids it must be matched with. */
export type MatchTruth = Record<string, { companyId: string; offerId: string; expected: string[]; distractors: string[] }>;
export type Truth = { search: SearchTruth; matches: MatchTruth };

/** Fixed instants, so the data do not depend on the day the benchmark runs. */
const epoch = Date.parse("2026-01-01T00:00:00Z");
const day = 24 * 3600 * 1000;
export const validUntil = new Date("2030-01-01T00:00:00Z");
const expiredAt = new Date("2025-06-01T00:00:00Z");

const localeOf: Record<Writing, keyof LocalizedText> = { en: "en", ru: "ru", uz: "uz", uzCyrl: "uz", az: "az" };

function writingFor(random: Random, country: "UZ" | "AZ"): Writing {
  const roll = random.next();
  if (country === "UZ") return roll < 0.4 ? "uz" : roll < 0.6 ? "uzCyrl" : roll < 0.9 ? "ru" : "en";
  return roll < 0.55 ? "az" : roll < 0.8 ? "ru" : "en";
}

function productOf(random: Random, vocabulary: SectorVocabulary): Term {
  return random.chance(0.12) ? random.pick(vocabulary.rare) : random.pick(vocabulary.frequent);
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

type CompanyIdentity = {
  index: number;
  country: "UZ" | "AZ";
  vocabulary: SectorVocabulary;
  writing: Writing;
  legalName: string;
};

function companyRows(random: Random, identity: CompanyIdentity, description: LocalizedText, publishedState: "published" | "draft" | "suspended"): { organization: OrganizationRow; company: CompanyRow } {
  const organizationId = random.uuid();
  const id = random.uuid();
  const regions = regionsOf(identity.country);
  const zones = economicZonesOf(identity.country);
  const zone = random.chance(0.15) ? random.pick(zones) : undefined;
  const region = zone?.region ?? random.pick(regions).code;
  const publishedAt = new Date(epoch - random.int(0, 720) * day);
  const sectors = random.sample(identity.vocabulary.sectors, random.int(1, identity.vocabulary.sectors.length));
  const hsChapters = random.sample(identity.vocabulary.hsChapters, random.int(0, Math.min(3, identity.vocabulary.hsChapters.length)));
  const coop = random.sample(cooperationKinds.map((kind) => kind.code), random.int(1, 3));
  const published = publishedState === "draft" ? null : { legalName: identity.legalName, description, cooperationKinds: coop };
  const slug = `${identity.legalName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${identity.index}`;
  return {
    organization: { id: organizationId, name: identity.legalName, slug: `org-${identity.index}` },
    company: {
      id,
      organizationId,
      slug,
      country: identity.country,
      taxId: String((identity.country === "UZ" ? 300_000_000 : 1_000_000_000) + identity.index),
      legalName: identity.legalName,
      status: publishedState === "draft" ? "submitted" : "published",
      profile: published ?? { legalName: identity.legalName, description },
      published,
      publishedAt: published === null ? null : publishedAt,
      region,
      sizeBand: random.pick(companySizeBands).code,
      economicZone: zone?.code ?? null,
      sectors,
      hsChapters,
      verificationLevel: random.chance(0.3) ? "registry-confirmed" : "format-checked",
      suspendedAt: publishedState === "suspended" ? publishedAt : null,
      suspendedReason: publishedState === "suspended" ? "bench" : null,
      createdAt: publishedAt,
      updatedAt: publishedAt,
    },
  };
}

type ListingSpec = {
  kind: "offer" | "request" | "joint-project";
  title: LocalizedText;
  description: LocalizedText;
  sectors: string[];
  hsChapters: string[];
  expired?: boolean;
};

function listingRow(random: Random, company: CompanyRow, spec: ListingSpec): ListingRow {
  const publishedAt = new Date(epoch - random.int(0, 360) * day);
  const coop = random.sample(cooperationKinds.map((kind) => kind.code), random.int(1, 2));
  const direction = spec.kind === "offer" ? "export" : spec.kind === "request" ? "import" : "both";
  const targetCountry = company.country === "UZ" ? "AZ" : "UZ";
  const importsFrom = spec.kind === "request" && random.chance(0.3) ? random.sample(["CN", "TR", "RU", "KZ", "IR"], random.int(1, 2)) : [];
  // The row's columns repeat what its content says (the columns are what search filters on).
  const columns = { kind: spec.kind, sectors: spec.sectors, hsChapters: spec.hsChapters, cooperationKinds: coop, direction, targetCountry, importsFrom };
  const content = storedListing({ ...columns, title: spec.title, description: spec.description });
  return {
    ...columns,
    id: random.uuid(),
    companyId: company.id,
    status: "published",
    content,
    published: content,
    publishedAt,
    validUntil: spec.expired === true ? expiredAt : validUntil,
    createdAt: publishedAt,
    updatedAt: publishedAt,
  };
}

function generatedListing(random: Random, identity: CompanyIdentity): ListingSpec {
  const kindRoll = random.next();
  const kind = kindRoll < 0.5 ? "offer" : kindRoll < 0.85 ? "request" : "joint-project";
  const writing = random.chance(0.7) ? identity.writing : writingFor(random, identity.country);
  const product = productOf(random, identity.vocabulary);
  const second = productOf(random, identity.vocabulary);
  const extra = random.pick(Object.values(commonTerms));
  const title: LocalizedText = {};
  const description: LocalizedText = {};
  const write = (w: Writing) => {
    title[localeOf[w]] = `${capitalize(product[w])} — ${random.chance(0.5) ? commonTerms.wholesale[w] : extra[w]}`;
    description[localeOf[w]] =
      `${phrases[kind][w]} ${product[w]}, ${second[w]}. ${capitalize(commonTerms.quality[w])}, ${commonTerms.price[w]}. ` +
      `${capitalize(extra[w])}. ${capitalize(commonTerms.delivery[w])}.`;
  };
  write(writing);
  if (writing !== "en" && random.chance(0.3)) write("en");
  const hs = identity.vocabulary.hsChapters;
  return {
    kind,
    title,
    description,
    sectors: random.sample(identity.vocabulary.sectors, 1),
    hsChapters: hs.length === 0 ? [] : random.sample(hs, random.int(1, Math.min(2, hs.length))),
    expired: random.chance(0.04),
  };
}

function companyDescription(random: Random, identity: CompanyIdentity): LocalizedText {
  const w = identity.writing;
  const a = productOf(random, identity.vocabulary);
  const b = productOf(random, identity.vocabulary);
  return {
    [localeOf[w]]: `${capitalize(commonTerms.producer[w])}: ${a[w]}, ${b[w]}. ${capitalize(commonTerms.partner[w])}.`,
  };
}

function generatedIdentity(random: Random, index: number): CompanyIdentity {
  const country = random.chance(0.6) ? "UZ" : "AZ";
  const vocabulary = random.pick(sectorVocabularies);
  const legalName = `${random.pick(namePrefixes[country])} ${vocabulary.nameWord} ${random.pick(legalForms[country])}`;
  return { index, country, vocabulary, writing: writingFor(random, country), legalName };
}

/** Where a planted company goes: spread through the data, not all at the end. */
function plantedPositions(total: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * total) / count));
}

type PlantedCompany = { batch: Batch; truth: (truth: Truth) => void };

function textOf(writing: Writing, text: string): LocalizedText {
  return { [localeOf[writing]]: text };
}

function plantedCompanies(random: Random, startIndex: number): PlantedCompany[] {
  const out: PlantedCompany[] = [];
  let index = startIndex;
  const neutral = (country: "UZ" | "AZ"): CompanyIdentity => {
    const vocabulary = sectorVocabularies[0] as SectorVocabulary;
    const legalName = `${random.pick(namePrefixes[country])} Savdo ${random.pick(legalForms[country])}`;
    return { index: index++, country, vocabulary, writing: country === "UZ" ? "uz" : "az", legalName };
  };
  for (const group of plantedGroups) {
    if (group.companyName !== undefined) {
      const identity = { ...neutral("UZ"), legalName: group.companyName };
      const rows = companyRows(random, identity, { uz: "Ulgurji savdo uyi." }, "published");
      out.push({
        batch: { organizations: [rows.organization], companies: [rows.company], listings: [] },
        truth: (truth) => (truth.search[group.key] = [rows.company.id]),
      });
      continue;
    }
    for (const planted of group.listings) {
      const rows = companyRows(random, neutral(planted.country), {}, "published");
      const listing = listingRow(random, rows.company, {
        kind: planted.kind,
        title: textOf(planted.writing, planted.title),
        description: textOf(planted.writing, planted.description),
        sectors: planted.sectors,
        hsChapters: planted.hsChapters,
      });
      out.push({
        batch: { organizations: [rows.organization], companies: [rows.company], listings: [listing] },
        truth: (truth) => {
          for (const set of planted.sets ?? ["main"]) {
            const key = set === "main" ? group.key : `${group.key}:${set}`;
            (truth.search[key] ??= []).push(listing.id);
          }
        },
      });
    }
  }
  for (const group of plantedMatchGroups) {
    const base = { sectors: [group.sector], hsChapters: [group.hsChapter] };
    const offerer = companyRows(random, neutral("UZ"), {}, "published");
    const offer = listingRow(random, offerer.company, {
      kind: "offer",
      title: { uz: `${capitalize(group.key)} ishlab chiqaramiz`, en: `We make ${group.key}` },
      description: { uz: "Eksport uchun." },
      ...base,
    });
    const batch: Batch = { organizations: [offerer.organization], companies: [offerer.company], listings: [offer] };
    const expected: string[] = [];
    const distractors: string[] = [];
    for (const title of group.requestTitles) {
      const buyer = companyRows(random, neutral("AZ"), {}, "published");
      const request = listingRow(random, buyer.company, { kind: "request", title: { az: title }, description: { az: "Topdan alırıq." }, ...base });
      batch.organizations.push(buyer.organization);
      batch.companies.push(buyer.company);
      batch.listings.push(request);
      expected.push(request.id);
    }
    // Same chapter, but not complementary: an offer of the other country, a request of the same country.
    const rival = companyRows(random, neutral("AZ"), {}, "published");
    const rivalOffer = listingRow(random, rival.company, { kind: "offer", title: { az: "Biz də istehsal edirik" }, description: {}, ...base });
    const neighbour = companyRows(random, neutral("UZ"), {}, "published");
    const neighbourRequest = listingRow(random, neighbour.company, { kind: "request", title: { uz: "Biz ham sotib olamiz" }, description: {}, ...base });
    batch.organizations.push(rival.organization, neighbour.organization);
    batch.companies.push(rival.company, neighbour.company);
    batch.listings.push(rivalOffer, neighbourRequest);
    distractors.push(rivalOffer.id, neighbourRequest.id);
    out.push({
      batch,
      truth: (truth) => (truth.matches[group.key] = { companyId: offerer.company.id, offerId: offer.id, expected, distractors }),
    });
  }
  return out;
}

export type Dataset = {
  size: BenchSize;
  seed: number;
  /** Companies and listings of the whole dataset (planted ones included). */
  counts: { companies: number; listings: number };
  truth: Truth;
  /** The rows, in batches of about `batchSize` companies; generated lazily (M does not fit comfortably in memory at once). */
  batches: (batchSize: number) => Generator<Batch>;
};

/** The dataset of a size and seed: same seed, same rows, same ids, same truth. */
export function createDataset(size: BenchSize, seed: number = defaultSeed): Dataset {
  const { companies } = benchSizes[size];
  // Planted rows come from their own stream, so their ids do not depend on the size.
  const planted = plantedCompanies(createRandom(seed ^ 0x5eed), companies);
  const truth: Truth = { search: {}, matches: {} };
  for (const entry of planted) entry.truth(truth);
  const positions = plantedPositions(companies, planted.length);
  let listingCount = planted.reduce((sum, entry) => sum + entry.batch.listings.length, 0);
  // Listing counts are drawn in a first pass so `counts` is known before loading.
  const perCompany: number[] = [];
  const counter = createRandom(seed ^ 0xc0de);
  for (let i = 0; i < companies; i += 1) {
    const count = counter.chance(0.05) ? 0 : counter.int(1, 5);
    perCompany.push(count);
    listingCount += count;
  }
  const plantedCompanyCount = planted.reduce((sum, entry) => sum + entry.batch.companies.length, 0);

  function* batches(batchSize: number): Generator<Batch> {
    const random = createRandom(seed);
    let batch: Batch = { organizations: [], companies: [], listings: [] };
    let nextPlanted = 0;
    for (let index = 0; index < companies; index += 1) {
      while (nextPlanted < planted.length && positions[nextPlanted] === index) {
        const entry = planted[nextPlanted] as PlantedCompany;
        batch.organizations.push(...entry.batch.organizations);
        batch.companies.push(...entry.batch.companies);
        batch.listings.push(...entry.batch.listings);
        nextPlanted += 1;
      }
      const identity = generatedIdentity(random, index);
      const stateRoll = random.next();
      const state = stateRoll < 0.04 ? "draft" : stateRoll < 0.05 ? "suspended" : "published";
      const rows = companyRows(random, identity, companyDescription(random, identity), state);
      batch.organizations.push(rows.organization);
      batch.companies.push(rows.company);
      for (let n = 0; n < (perCompany[index] ?? 0); n += 1) {
        const listing = listingRow(random, rows.company, generatedListing(random, identity));
        if (state === "draft") {
          listing.status = "submitted";
          listing.published = null;
          listing.publishedAt = null;
        }
        batch.listings.push(listing);
      }
      if (batch.companies.length >= batchSize) {
        yield batch;
        batch = { organizations: [], companies: [], listings: [] };
      }
    }
    if (batch.companies.length > 0) yield batch;
  }

  return { size, seed, counts: { companies: companies + plantedCompanyCount, listings: listingCount }, truth, batches };
}

/** Every folded word the generated (not planted) text and the reference vocabulary can produce. */
export function backgroundWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => foldTokens(text).forEach((word) => words.add(word));
  for (const vocabulary of sectorVocabularies) {
    for (const term of [...vocabulary.frequent, ...vocabulary.rare]) Object.values(term).forEach(add);
  }
  for (const term of [...Object.values(commonTerms), ...Object.values(phrases)]) Object.values(term).forEach(add);
  for (const chapter of allHsChapters) [...Object.values(chapter.labels), ...chapter.synonyms].forEach(add);
  return words;
}
