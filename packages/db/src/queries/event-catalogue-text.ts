import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { executeRows } from "./execute-rows";
import { textArray, textMatching } from "./search-conditions";
import { expandTokens, queryTokens, textPlan } from "./search-expansions";

/**
 * Which of an event's companies the words of its catalogue's search box find, by the portal's own search: the
 * same folding (either Uzbek script, Azerbaijani with or without its letters), close spellings, stems, concepts
 * and place names in every language, and the same rule for how many of the words must match. A company is found
 * through its own document or any of its public listings (who offers cotton yarn is found by "cotton yarn").
 * `null` when the text has no words to search: every company stays.
 */
export async function eventCompaniesMatchingText(db: Db, params: { companyIds: readonly string[]; text: string | undefined }): Promise<Set<string> | null> {
  const tokens = queryTokens(params.text);
  if (tokens.length === 0) return null;
  if (params.companyIds.length === 0) return new Set();
  const plan = textPlan(tokens, await expandTokens(db, tokens));
  const { condition } = textMatching(plan.queries);
  const rows = await executeRows<{ company_id: string }>(
    db,
    sql`select distinct d.company_id::text as company_id
        from search_documents d
        where d.company_id = any(${textArray(params.companyIds)}::uuid[])
          and (d.valid_until is null or d.valid_until > now())
          and ${condition}`,
  );
  return new Set(rows.map((row) => row.company_id));
}
