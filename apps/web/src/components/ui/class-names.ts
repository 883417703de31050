/** Joins class lists, leaving out the ones that are empty or switched off (`cond && "class"`). */
export function classNames(...lists: (string | false | null | undefined)[]) {
  return lists.filter(Boolean).join(" ");
}
