/**
 * First-load JavaScript of the home, search and company pages, gzip-compressed, as the production build
 * (apps/web/.next-bench) serves it: every `<script src>` of the server-rendered HTML a modern browser loads (not the
 * `noModule` polyfills), fetched and gzipped.
 * Budget: under 180 kB each. Used by run.ts; alone: `npx tsx tests/bench/page-weight.ts` (XS PGlite data).
 */
import { gzipSync } from "node:zlib";

export const pageWeightBudgetKb = 180;
export type PageWeight = { page: string; path: string; scripts: number; gzipKb: number; pass: boolean };

export async function measurePageWeights(base: string, companySlug: string): Promise<PageWeight[]> {
  const pages = [
    { page: "home", path: "/en" },
    { page: "search", path: "/en/search?q=cement" },
    { page: "company", path: `/en/companies/${companySlug}` },
  ];
  const out: PageWeight[] = [];
  for (const { page, path } of pages) {
    const html = await (await fetch(`${base}${path}`)).text();
    // `noModule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules: not first-load JS.
    const tags = [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snomodule/i.test(tag));
    const sources = [...new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((source): source is string => source !== undefined))];
    let bytes = 0;
    for (const source of sources) {
      const body = Buffer.from(await (await fetch(new URL(source.replaceAll("&amp;", "&"), base))).arrayBuffer());
      bytes += gzipSync(body, { level: 9 }).length;
    }
    const gzipKb = bytes / 1024;
    out.push({ page, path, scripts: sources.length, gzipKb, pass: gzipKb < pageWeightBudgetKb });
  }
  return out;
}

async function main() {
  const { createDataset } = await import("./dataset");
  const { preparePglite } = await import("./prepare");
  const { ensureWebBuild, startWebServer } = await import("./servers");
  ensureWebBuild();
  const dataset = createDataset("XS");
  const dataDir = await preparePglite(dataset);
  const server = await startWebServer({ dataDir });
  try {
    const [first] = dataset.batches(1).next().value?.companies ?? [];
    for (const weight of await measurePageWeights(server.url, first?.slug ?? "missing")) {
      console.log(`${weight.page.padEnd(8)} ${weight.gzipKb.toFixed(1).padStart(7)} kB gzip in ${weight.scripts} scripts  ${weight.pass ? "pass" : "FAIL"} (< ${pageWeightBudgetKb} kB)`);
    }
  } finally {
    await server.stop();
  }
}

if (process.argv[1]?.endsWith("page-weight.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
