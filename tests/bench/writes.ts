/**
 * Writes that land while search is measured, through the product's own code paths, so every one of them moves
 * the search documents' generation as production writes do.
 *
 * PostgreSQL: a second connection runs the portal's listing workflow — new listings (draft, submit, approve),
 * edits of published listings (save, submit, approve) and expiries (the expiry job's `markListingExpired`).
 * PGlite lives inside the server process, so its writes go over HTTP: the planted companies' member renews one
 * of their listings (`listing.renew`, which rewrites its search document).
 */
import http from "node:http";
import { approveListingVersion, createListingDraft, markListingExpired, saveListingDraft, submitListing, type Db } from "@karvon/db";
import { sql } from "drizzle-orm";
import type { Truth } from "./dataset";
import { markStale, StaleSocketError } from "./http";
import { queryRows } from "./query-rows";
import { createRandom } from "./random";

export type Write = { kind: "new listing" | "edit" | "expiry" | "renewal"; listingId: string; word?: string };
export type Writer = { write: () => Promise<Write> };

type Candidate = { id: string; company_id: string; content: Record<string, unknown> };

/**
 * The portal's listing workflow on a direct connection (PostgreSQL). `word`: a new listing's unique title word.
 * `untouchable`: the planted listings, which the recall checks need as they are.
 */
export async function createDirectWriter(db: Db, moderatorId: string, untouchable: ReadonlySet<string>): Promise<Writer> {
  const random = createRandom(0x3417e);
  const candidates = await queryRows<Candidate>(
    db,
    // Listings in search (their company public too), so a copy of one is public once approved.
    sql`select l.id, l.company_id, l.content from listings l join search_documents d on d.entity_id = l.id
        where d.valid_until > now() order by md5(l.id::text) limit 3000`,
  ).then((rows) => rows.filter((row) => !untouchable.has(row.id)));
  let next = 0;
  let created = 0;
  const take = () => {
    const candidate = candidates[next % candidates.length];
    next += 1;
    if (candidate === undefined) throw new Error("no published listing to write to");
    return candidate;
  };
  const approve = async (listingId: string, at: Date) => {
    const submitted = await submitListing(db, { listingId, at });
    if (submitted === null) throw new Error(`listing ${listingId} could not be submitted`);
    const approved = await approveListingVersion(db, { listingId, version: submitted.version, moderatorId, at });
    if (approved === null) throw new Error(`listing ${listingId} could not be approved`);
  };
  return {
    write: async () => {
      const at = new Date();
      const roll = random.next();
      const source = take();
      if (roll < 0.45) {
        created += 1;
        const word = `benchwrite${created}x${random.int(1000, 9999)}`;
        const title = { en: `Fresh lot ${word}` };
        const draft = await createListingDraft(db, {
          companyId: source.company_id,
          kind: "offer",
          content: { ...source.content, title, validUntil: undefined },
          createdBy: moderatorId,
          at,
        });
        await approve(draft.id, at);
        return { kind: "new listing", listingId: draft.id, word };
      }
      if (roll < 0.8) {
        const description = { en: `Updated terms ${random.int(1, 1e6)}` };
        const saved = await saveListingDraft(db, { listingId: source.id, content: { ...source.content, description }, at });
        if (saved === null) throw new Error(`listing ${source.id} could not be edited`);
        await approve(source.id, at);
        return { kind: "edit", listingId: source.id };
      }
      await db.transaction(async (tx) => {
        await tx.execute(sql`update listings set valid_until = ${new Date(at.getTime() - 1000).toISOString()}::timestamptz where id = ${source.id}`);
        await markListingExpired(tx, { listingId: source.id, at });
      });
      return { kind: "expiry", listingId: source.id };
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** Renewals over HTTP by the planted companies' member (PGlite: the only process that may write is the server). */
export function createHttpWriter(base: string, cookie: string, truth: Truth): Writer {
  const offers = Object.values(truth.matches).map((group) => group.offerId);
  let next = 0;
  return {
    write: () => {
      const listingId = offers[next % offers.length] as string;
      next += 1;
      // A renewal may be sent twice: the second only moves the same date. See timedGet for the stale socket.
      return renew(listingId).catch((error: unknown) => (error instanceof StaleSocketError ? renew(listingId) : Promise.reject(error)));
    },
  };

  function renew(listingId: string): Promise<Write> {
    return new Promise<Write>((resolve, reject) => {
      const body = JSON.stringify({ json: { listingId } });
      const request = http.request(
        `${base}/api/trpc/listing.renew`,
        { method: "POST", agent, headers: { "content-type": "application/json", cookie, origin: base, "content-length": Buffer.byteLength(body) } },
        (response) => {
          let text = "";
          response.on("data", (chunk: Buffer) => (text += chunk.toString()));
          response.on("end", () =>
            response.statusCode === 200 ? resolve({ kind: "renewal", listingId }) : reject(new Error(`listing.renew answered ${response.statusCode}: ${text.slice(0, 300)}`)),
          );
        },
      );
      request.on("error", (error) => reject(markStale(request, error)));
      request.end(body);
    });
  }
}

export type WriteCounts = { landed: number; failed: number; lastError?: string };

/**
 * Runs `writer` at `perSecond` until `stop()`, which resolves with the writes that landed and those that failed;
 * `sofar()` reads them meanwhile.
 */
export function writeStream(writer: Writer, perSecond: number): { sofar: () => WriteCounts; stop: () => Promise<WriteCounts> } {
  let running = true;
  let landed = 0;
  let failed = 0;
  let lastError: string | undefined;
  const loop = (async () => {
    const interval = 1000 / perSecond;
    let due = performance.now();
    while (running) {
      try {
        await writer.write();
        landed += 1;
      } catch (error) {
        failed += 1;
        lastError = error instanceof Error ? error.message : String(error);
      }
      due += interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();
  return {
    sofar: () => ({ landed, failed, lastError }),
    stop: async () => {
      running = false;
      await loop;
      return { landed, failed, lastError };
    },
  };
}
