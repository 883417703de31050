/** Longest name (company, person, listing title) a mail subject shows; longer ones end in an ellipsis. */
export const subjectNameLength = 80;
/** Longest subject of all, a backstop for a template that puts several names together. */
const subjectLength = 200;

// Control characters (line breaks, which could add mail headers) and invisible format characters (bidi overrides).
const invisible = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;
// Web addresses: a name in a subject must not carry a link a reader might follow. The scheme is bounded so the
// pattern stays linear on any input.
const webAddress = /\b[a-z][a-z0-9+.-]{0,31}:\/\/\S*|\bwww\.\S*/gi;
/** Work on no more of a name than a subject could show (a stored name may be far longer). */
const inspectedLength = subjectNameLength * 4;

function cap(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join("").trimEnd()}…`;
}

function oneLine(text: string): string {
  return text.replace(invisible, " ").replace(/\s+/g, " ").trim();
}

/** A name as a subject shows it: one line, no web address, at most `subjectNameLength` characters. */
export function subjectName(name: string): string {
  return cap(oneLine(oneLine(name.slice(0, inspectedLength)).replace(webAddress, "…")), subjectNameLength);
}

/** The subject as a whole: one line, capped. */
export function cleanSubject(subject: string): string {
  return cap(oneLine(subject.slice(0, subjectLength * 4)), subjectLength);
}
