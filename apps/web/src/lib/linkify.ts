/** A piece of a plain-text message: text as typed, or an http(s) link. */
export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// Only http(s): other schemes (javascript:, data:, mailto:, ftp:) never match and stay text.
const urlPattern = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const trailingPunctuation = /[.,;:!?»"')\]]+$/;

/** Drops punctuation that ends a sentence rather than the address; keeps a ")" that closes one in the URL. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const match = trailingPunctuation.exec(url);
    if (match === null) return url;
    const last = url.slice(-1);
    if (last === ")" && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0)) return url;
    url = url.slice(0, -1);
  }
}

function isHttpLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

/**
 * Splits plain text into text and http(s) links. Rendering the segments as React text and <a> elements keeps
 * the message plain text: nothing in it is ever interpreted as HTML.
 */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  const pushText = (value: string) => {
    if (value === "") return;
    const last = segments.at(-1);
    if (last?.kind === "text") last.text += value;
    else segments.push({ kind: "text", text: value });
  };
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const url = trimUrl(match[0]);
    pushText(text.slice(cursor, start));
    if (isHttpLink(url)) segments.push({ kind: "link", text: url, href: url });
    else pushText(url);
    cursor = start + url.length;
  }
  pushText(text.slice(cursor));
  return segments;
}
