import { foldText } from "@karvon/data";
import { Fragment } from "react";

/**
 * The text with every word whose folded form starts with a matched term wrapped in <mark>: the terms come
 * folded from the search, so "пахта" in the text lights up for a query typed "paxta".
 */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const usable = terms.filter((term) => term.length >= 2);
  if (usable.length === 0 || text === "") return <>{text}</>;
  const parts = text.split(/([\p{L}\p{N}\p{M}'ʻʼ‘’`]+)/u);
  return (
    <>
      {parts.map((part, index) => {
        const folded = index % 2 === 1 ? foldText(part).replaceAll(" ", "") : "";
        const hit = folded !== "" && usable.some((term) => folded.startsWith(term) || (term.length >= 5 && term.startsWith(folded) && folded.length >= 4));
        return hit ? (
          <mark key={index} className="rounded bg-amber-200 px-0.5 text-inherit dark:bg-amber-700">
            {part}
          </mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        );
      })}
    </>
  );
}
