import { readFileSync } from "node:fs";
import path from "node:path";
import type { ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { locales, searchCountLimit, searchInputSchema, type Locale } from "@karvon/data";
import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { FacetPanel } from "./facet-panel";

const messagesDir = path.resolve(import.meta.dirname, "../../../messages");

function searchMessages(locale: Locale) {
  return { search: JSON.parse(readFileSync(path.join(messagesDir, locale, "search.json"), "utf8")) as Record<string, unknown> };
}

// The panel reads its words on the server and links through next-intl's Link, which needs Next's router: both
// replaced by their plain equivalents.
vi.mock("next-intl/server", () => ({
  getTranslations: ({ locale, namespace }: { locale: Locale; namespace: "search" }) =>
    Promise.resolve(createTranslator({ locale, messages: searchMessages(locale), namespace })),
}));
vi.mock("@/i18n/navigation", () => ({ Link: ({ href, ...props }: ComponentProps<"a"> & { href: string }) => <a href={href} {...props} /> }));

const chapters = ["52", "61", "62", "25", "72", "10", "15", "20", "44", "87"];
const facets = {
  kind: [{ value: "offer", count: 700 }, { value: "company", count: 250 }, { value: "request", count: 51 }],
  country: [{ value: "UZ", count: 640 }, { value: "AZ", count: 361 }],
  region: [],
  sector: [],
  hsChapter: chapters.map((value, index) => ({ value, count: 300 - index * 17 })),
  cooperationKind: [],
  sizeBand: [],
  economicZone: [],
  verified: [{ value: "true", count: 433 }],
};

async function render(countsExact: boolean, locale: Locale = "en"): Promise<string> {
  const search = searchInputSchema.parse({ q: "paxta", country: "UZ" });
  return renderToStaticMarkup(await FacetPanel({ facets, countsExact, search, locale }));
}

/** Each value's link in order: its test id and target. */
function links(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*data-testid="(facet-[^"]*)"/g)].map(([, href, id]) => `${id} ${href}`);
}

describe("FacetPanel", () => {
  it("shows each value's count when the counts are exact", async () => {
    const html = await render(true);
    expect(html).toContain('<span class="facet-count">700</span>');
    expect(html).toContain("Show all (10)");
    expect(html).not.toContain('data-testid="facet-counts-note"');
  });

  it.each(locales)("shows the values without numbers, in the same order and with the same links, when the counts are lower bounds (%s)", async (locale) => {
    const exact = await render(true, locale);
    const html = await render(false, locale);
    expect(links(html)).toEqual(links(exact));
    expect(links(html)).toHaveLength(16);
    expect(html).not.toContain('class="facet-count"');
    // No count anywhere, nor how many values a facet has: both are lower bounds.
    const text = html.replace(/<[^>]*>/g, " ");
    for (const { count } of Object.values(facets).flat()) expect(text).not.toMatch(new RegExp(`(^|\\D)${count}(\\D|$)`));
    expect(html).toMatch(/<summary[^>]*>\D+<\/summary>/);
    // One line says why, with the limit written as the reader's language writes numbers.
    const note = /data-testid="facet-counts-note">([^<]+)</.exec(html)?.[1];
    expect(note).toContain(new Intl.NumberFormat(locale).format(searchCountLimit));
  });
});
