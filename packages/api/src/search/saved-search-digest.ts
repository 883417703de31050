import { localizedTextOf, searchInputSchema, searchToUrlParams } from "@karvon/data";
import { listSavedSearchesForDigest, markSavedSearchNotified, searchPartners, type Db } from "@karvon/db";
import { queueMail } from "../mail";
import { savedSearchMail } from "../listings/mail-templates";
import { toSearchParams } from "./params";

const listingKinds = ["offer", "request", "joint-project"];

/**
 * The daily job of saved searches: for each one, the listings published since its last mail that match it; when
 * there are any, one mail (deduplicated per day) and the search's clock moves on. Returns the mails queued.
 */
export async function notifySavedSearches(db: Db, now: Date, config: { publicUrl: string }): Promise<number> {
  let queued = 0;
  for (let offset = 0; ; offset += 500) {
    const batch = await listSavedSearchesForDigest(db, { limit: 500, offset });
    for (const saved of batch) {
      const parsed = searchInputSchema.safeParse(saved.query);
      if (!parsed.success || parsed.data.type === "companies") continue;
      const search = { ...parsed.data, sort: "newest" as const, page: 1, pageSize: 10 };
      const params = toSearchParams(search, now);
      const result = await searchPartners(db, {
        ...params,
        kinds: params.kinds ?? listingKinds,
        publishedAfter: saved.lastNotifiedAt,
      });
      if (result.total === 0) continue;
      const locale = saved.locale;
      await db.transaction(async (tx) => {
        const sent = await queueMail(tx, {
          to: saved.email,
          locale,
          template: savedSearchMail,
          params: {
            searchName: saved.name,
            count: result.total,
            titles: result.hits.map((hit) => localizedTextOf(hit.display.title ?? {}, locale)),
            url: `${config.publicUrl}/${locale}/search?${searchToUrlParams({ ...parsed.data, sort: "newest", page: 1 }).toString()}`,
            unsubscribeUrl: `${config.publicUrl}/${locale}/unsubscribe/${saved.unsubscribeToken}`,
          },
          dedupeKey: `saved-search:${saved.id}:${now.toISOString().slice(0, 10)}`,
        });
        await markSavedSearchNotified(tx, { id: saved.id, at: now });
        if (sent) queued += 1;
      });
    }
    if (batch.length < 500) break;
  }
  return queued;
}
