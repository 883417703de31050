import { z } from "zod";

/**
 * A search that found nothing, reported by the search page so the admin analytics can show what people look for
 * and do not find. The input is the search itself (`searchInputSchema`); the server runs it again and records only
 * a real miss with a text query: no user, no IP, no session is stored, only the folded text, its filters and the time.
 */
export const searchMissOutputSchema = z.object({
  /** False when nothing was written: results exist, no text, a duplicate within the window, or the caller is over its limit. */
  recorded: z.boolean(),
});
export type SearchMissOutput = z.infer<typeof searchMissOutputSchema>;
