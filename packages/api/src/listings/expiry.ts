import { localizedTextOf } from "@karvon/data";
import { listListingRecipients, listNewlyExpiredListings, markListingExpired, type Db } from "@karvon/db";
import { queueMail } from "../mail";
import { listingExpiredMail } from "./mail-templates";

/**
 * The daily expiry job: every published listing whose validity ended leaves search and its author (or the
 * company's owners) gets one mail, in the same transaction per listing. Returns how many expired.
 */
export async function expireListings(db: Db, now: Date, config: { publicUrl: string }): Promise<number> {
  const expired = await listNewlyExpiredListings(db, { now });
  for (const listing of expired) {
    await db.transaction(async (tx) => {
      await markListingExpired(tx, { listingId: listing.id, at: now });
      const recipients = await listListingRecipients(tx, { listingId: listing.id });
      for (const person of recipients) {
        const locale = person.locale;
        await queueMail(tx, {
          to: person.email,
          locale,
          template: listingExpiredMail,
          params: {
            title: localizedTextOf(listing.published?.title ?? {}, locale),
            url: `${config.publicUrl}/${locale}/listings/${listing.id}/edit`,
          },
          dedupeKey: `listing-expired:${listing.id}:${listing.validUntil?.toISOString() ?? ""}:${person.email}`,
        });
      }
    });
  }
  return expired.length;
}
