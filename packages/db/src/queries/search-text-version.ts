import { createHash } from "node:crypto";
import {
  cooperationKinds,
  countries,
  districts,
  economicZones,
  foldText,
  hsChapters,
  listingKinds,
  regions,
  sectors,
} from "@karvon/data";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companies, searchTextVersions } from "../schema";
import { refreshSearchDocumentsForCompanies } from "./search-documents";

/**
 * Raise when what a search document is written from changes in a way the fingerprint below cannot see (which
 * texts go into `folded`, `name_folded` and `concepts`, their weights).
 */
const documentLayout = 2;

/** Every letter the four languages and their scripts write, with the apostrophes and marks people type. */
const foldingProbe =
  "abcdefghijklmnopqrstuvwxyz əıöüğşçİ oʻgʻ o'g' oʼ ʻ ʼ ‘ ’ ` ´ абвгдеёжзийклмнопрстуфхцчшщъыьэюя ўқғҳ әөүҗң ÀÉÎÕÜ";

/**
 * A fingerprint of the rules and vocabulary the search documents are written with: the folding of every letter,
 * the labels and synonyms of every concept and place (in all languages), and the document layout. Stored with
 * the documents; when it differs at start-up they are all written again.
 */
export const searchTextVersion: string = createHash("sha256")
  .update(JSON.stringify([documentLayout, foldText(foldingProbe), sectors, hsChapters, regions, districts, economicZones, countries, listingKinds, cooperationKinds]))
  .digest("hex")
  .slice(0, 16);

/** Companies rewritten per transaction: the documents of ~1,000 listings at a time. */
const companiesPerBatch = 250;

/**
 * Rewrites every search document when they were written under other folding rules or another vocabulary (so no
 * row keeps folded text or concepts the queries no longer produce), then stores the current version. Runs after
 * migrations at start-up; an advisory lock keeps two starting processes from doing it twice. A database with no
 * documents yet is only stamped. Returns whether documents were rewritten.
 */
export async function refreshStaleSearchDocuments(db: Db, now: Date = new Date()): Promise<boolean> {
  const current = async () => (await db.select({ version: searchTextVersions.version }).from(searchTextVersions))[0]?.version;
  if ((await current()) === searchTextVersion) return false;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('karvon.search_text_version'))`);
    const [stored] = await tx.select({ version: searchTextVersions.version }).from(searchTextVersions);
    if (stored?.version === searchTextVersion) return false;
    const ids = (await tx.select({ id: companies.id }).from(companies)).map((row) => row.id);
    for (let start = 0; start < ids.length; start += companiesPerBatch) {
      await refreshSearchDocumentsForCompanies(tx, ids.slice(start, start + companiesPerBatch), now);
    }
    if (stored === undefined) await tx.insert(searchTextVersions).values({ version: searchTextVersion });
    else await tx.update(searchTextVersions).set({ version: searchTextVersion }).where(eq(searchTextVersions.id, true));
    return ids.length > 0;
  });
}
