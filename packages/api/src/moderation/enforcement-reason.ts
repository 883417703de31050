import { moderationReasonCodes } from "@karvon/data";

/**
 * A hidden listing, suspended company or banned user keeps why in one text column: the reason codes joined by
 * ", ", then " — " and the moderator's note. These two functions write and read that text.
 */
const noteSeparator = " — ";
const codeSeparator = ", ";

export type EnforcementReason = { reasons: string[]; note: string | null };

export function formatEnforcementReason(reasons: readonly string[], note: string | null): string {
  return [reasons.join(codeSeparator), note].filter((part) => part !== null && part !== "").join(noteSeparator) || "report";
}

function isReasonCode(value: string): boolean {
  return (moderationReasonCodes as readonly string[]).includes(value);
}

/** The codes and the note back; text that does not start with known codes is all note. */
export function parseEnforcementReason(text: string | null): EnforcementReason {
  if (text === null || text === "" || text === "report") return { reasons: [], note: null };
  const cut = text.indexOf(noteSeparator);
  const head = cut === -1 ? text : text.slice(0, cut);
  const codes = head.split(codeSeparator);
  if (!codes.every(isReasonCode)) return { reasons: [], note: text };
  const note = cut === -1 ? null : text.slice(cut + noteSeparator.length);
  return { reasons: codes, note: note === "" ? null : note };
}
