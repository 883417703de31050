import { foldText } from "../fold-text";
import type { Labels } from "../labels";

type Named = { code: string; labels: Labels; synonyms?: readonly string[] };

/**
 * The code a spreadsheet cell names, or `undefined`. A cell may hold the code itself ("UZ-FA", "13") or any label
 * or synonym of the entry in any of the four languages and either Uzbek script ("Fargʻona viloyati", "Фарғона",
 * "Ферганская область"): chambers keep their lists in whatever language their staff writes, so the file is
 * compared through the same folding as search (`foldText`), never character by character.
 */
export function matchCode<T extends Named>(items: readonly T[], cell: string): T["code"] | undefined {
  const raw = cell.trim();
  if (raw === "") return undefined;
  const byCode = items.find((item) => item.code.toLowerCase() === raw.toLowerCase());
  if (byCode !== undefined) return byCode.code;
  const folded = foldText(raw);
  if (folded === "") return undefined;
  return indexOf(items).get(folded);
}

/** Folded name → code, built once per list: a file of 5,000 rows names a region in every row. */
const indexes = new WeakMap<readonly Named[], Map<string, string>>();

function indexOf(items: readonly Named[]): Map<string, string> {
  const known = indexes.get(items);
  if (known !== undefined) return known;
  const index = new Map<string, string>();
  for (const item of items) {
    for (const name of [...Object.values(item.labels), ...(item.synonyms ?? [])]) {
      const folded = foldText(name);
      // The first entry keeps a name two entries share (a city and its district): the file must then use the code.
      if (folded !== "" && !index.has(folded)) index.set(folded, item.code);
    }
  }
  indexes.set(items, index);
  return index;
}
