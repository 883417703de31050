import { readFileSync } from "node:fs";
import path from "node:path";
import { labelOf, type Labels, type Locale } from "@karvon/data";

/**
 * The portal's own words in one locale, so a journey written once runs in several languages: interface texts from
 * the web app's message files (apps/web/messages/<locale>/<namespace>.json, the files the pages render) by key,
 * reference-data labels (reasons, purposes) from @karvon/data.
 */
export type Words = {
  locale: Locale;
  /** The message under `namespace.path.to.key`, with `{placeholders}` filled in. */
  t: (key: string, values?: Record<string, string>) => string;
  /** The message's text before its first placeholder, for matching a sentence that goes on with a time or a date. */
  lead: (key: string) => string;
  /** A reference-data term's label in this locale. */
  label: (term: { labels: Labels }) => string;
};

type Tree = { [key: string]: string | Tree };

const messagesDir = path.resolve(import.meta.dirname, "../../../apps/web/messages");

export function wordsIn(locale: Locale): Words {
  const files = new Map<string, Tree>();
  function raw(key: string): string {
    const [namespace = "", ...rest] = key.split(".");
    let tree = files.get(namespace);
    if (tree === undefined) {
      tree = JSON.parse(readFileSync(path.join(messagesDir, locale, `${namespace}.json`), "utf8")) as Tree;
      files.set(namespace, tree);
    }
    let node: string | Tree | undefined = tree;
    for (const part of rest) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") throw new Error(`no message ${key} in ${locale}`);
    return node;
  }
  return {
    locale,
    t: (key, values = {}) => raw(key).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole),
    lead: (key) => (raw(key).split("{")[0] ?? "").trim(),
    label: (term) => labelOf(term, locale),
  };
}
