/**
 * Next.js answers a page that calls notFound() with its error shell — `<html id="__next_error__">`, without the
 * layout's attributes — and draws the localized 404 page in the browser. The HTML the server sends must still
 * declare its language (screen readers, crawlers, readers without JavaScript), so this server adds `lang`, taken
 * from the address's locale segment, to that one tag.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { defaultLocale, locales } from "@karvon/data";

const errorShell = '<html id="__next_error__">';

/** The locale of a page address ("/uz/companies/x" → "uz"); the default for addresses outside every locale. */
export function localeOfPath(url: string | undefined): string {
  const segment = (url ?? "/").split(/[/?#]/)[1] ?? "";
  return (locales as readonly string[]).includes(segment) ? segment : defaultLocale;
}

/** The document's first chunk with `lang` on the error shell's <html>, or the chunk unchanged. */
export function withShellLanguage(chunk: string, locale: string): string {
  return chunk.replace(errorShell, `<html id="__next_error__" lang="${locale}">`);
}

type Send = (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) => unknown;

/**
 * Rewrites the first chunk of an HTML 404 response. Next.js compresses inside its handler by replacing
 * `write` and `end` on the response; each replacement is kept here and called with the text already rewritten,
 * so the tag is changed before compression, while the compressor still writes through the original methods.
 */
export function declareErrorShellLanguage(request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== "GET" && request.method !== "HEAD") return;
  const locale = localeOfPath(request.url);
  let looking = true;
  const rewrite = (chunk: unknown): unknown => {
    if (!looking || chunk === undefined || chunk === null) return chunk;
    looking = false;
    if (response.statusCode !== 404 || !String(response.getHeader("content-type") ?? "").startsWith("text/html")) return chunk;
    const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : undefined;
    if (text === undefined || !text.includes(errorShell)) return chunk;
    return typeof chunk === "string" ? withShellLanguage(text, locale) : Buffer.from(withShellLanguage(text, locale), "utf8");
  };
  for (const name of ["write", "end"] as const) {
    let current = response[name] as Send;
    Object.defineProperty(response, name, {
      configurable: true,
      // Whoever reads the method gets one bound to the implementation of that moment: the compressor keeps the
      // original (so its compressed bytes pass untouched, the first chunk having been seen), Next.js gets the
      // compressor's with the text rewritten first.
      get: () => {
        const target = current;
        return (chunk?: unknown, ...rest: unknown[]) => target.call(response, rewrite(chunk), ...rest);
      },
      set: (replacement: Send) => {
        current = replacement;
      },
    });
  }
}
