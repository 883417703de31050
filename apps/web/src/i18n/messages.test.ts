import { readFileSync } from "node:fs";
import path from "node:path";
import { errorKeys, locales } from "@karvon/data";
import { describe, expect, it } from "vitest";
import { namespaces } from "./messages";

const messagesDir = path.resolve(import.meta.dirname, "../../messages");

type Tree = { [key: string]: string | Tree };

function load(locale: string, namespace: string): Tree {
  return JSON.parse(readFileSync(path.join(messagesDir, locale, `${namespace}.json`), "utf8")) as Tree;
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") result.set(full, value);
    else for (const [k, v] of flatten(value, full)) result.set(k, v);
  }
  return result;
}

/**
 * Values that may read the same in English and another language: brand and unit symbols, ICU placeholders
 * only, and words the languages share.
 */
function mayEqualEnglish(key: string, value: string): boolean {
  const withoutPlaceholders = value
    .replace(/\{[^}]*\}/g, "")
    .replace(/\b(Karvon|GW|HS|ISIC)\b/g, "")
    .replace(/\b\p{L}{1,2}\b/gu, "") // unit symbols: t, kg, m²
    .replace(/[\s×%·:/()+\-–—.,#0-9©²³]/g, "");
  if (withoutPlaceholders === "") return true;
  const allowedValues = new Set(["Karvon", "E-mail", "Email", "GW", "OK", "ID", "FOB", "CIF", "PDF", "CSV", "JSON", "URL", "SMTP", "HS", "ISIC", "VÖEN", "STIR", "PINFL", "Telegram", "WhatsApp", "LinkedIn", "Logo", "Status", "Admin", "Internet", "Partner", "Format", "Export", "Import", "Test", "Administrator", "Moderator", "Region", "Median"]);
  if (allowedValues.has(value.trim())) return true;
  return /(^|\.)(brand|symbol|code)$/.test(key);
}

const english = new Map(namespaces.map((namespace) => [namespace, flatten(load("en", namespace))]));

describe.each(locales.filter((locale) => locale !== "en"))("messages in %s", (locale) => {
  it.each(namespaces)("%s has every English key and no other", (namespace) => {
    const ours = flatten(load(locale, namespace));
    const theirs = english.get(namespace) ?? new Map<string, string>();
    expect([...theirs.keys()].filter((key) => !ours.has(key))).toEqual([]);
    expect([...ours.keys()].filter((key) => !theirs.has(key))).toEqual([]);
  });

  it.each(namespaces)("%s is translated (no English-identical values outside the allowlist)", (namespace) => {
    const ours = flatten(load(locale, namespace));
    const theirs = english.get(namespace) ?? new Map<string, string>();
    const untranslated = [...ours].filter(
      ([key, value]) => value === theirs.get(key) && !mayEqualEnglish(key, value),
    );
    expect(untranslated).toEqual([]);
  });

  it.each(namespaces)("%s has no empty values", (namespace) => {
    const empty = [...flatten(load(locale, namespace))].filter(([, value]) => value.trim() === "");
    expect(empty).toEqual([]);
  });
});

describe.each(locales)("error keys of @karvon/data in %s", (locale) => {
  it("every key a schema can produce has a translation", () => {
    const errors = flatten({ errors: load(locale, "errors") });
    expect(errorKeys.filter((key) => !errors.has(key))).toEqual([]);
  });
});
