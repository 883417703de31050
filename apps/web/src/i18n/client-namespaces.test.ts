import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { layoutNamespaces, routeNamespaces } from "./client-namespaces";

const appDir = path.resolve(import.meta.dirname, "../app/[locale]");
/** apps/web/src, where the `@/` import alias points (tsconfig.json `paths`). */
const sourceDir = path.resolve(import.meta.dirname, "..");

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(sourceDir, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`].find((file) => existsSync(file) && statSync(file).isFile());
}

/** The files `file` imports, transitively; `inClient` marks those that run in the browser (below a "use client"). */
function collect(file: string, inClient: boolean, found: Map<string, boolean>) {
  const source = readFileSync(file, "utf8");
  const client = inClient || /^\s*["']use client["']/.test(source);
  if (found.get(file) === true || (found.has(file) && !client)) return;
  found.set(file, client);
  for (const match of source.matchAll(/from\s+"([^"]+)"|import\("([^"]+)"\)/g)) {
    const target = resolveImport(file, (match[1] ?? match[2]) as string);
    if (target !== undefined) collect(target, client, found);
  }
}

/** The message paths the browser-side files read: useTranslations("x.y"), useTranslations() (errors.*), dates. */
function clientReads(files: Map<string, boolean>): Set<string> {
  const reads = new Set<string>();
  for (const [file, client] of files) {
    if (!client) continue;
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/useTranslations\("([\w.]+)"\)/g)) reads.add(match[1] as string);
    if (/useTranslations\(\)/.test(source)) reads.add("errors");
    if (/useDateFormat\(\)/.test(source)) reads.add("common.dates");
  }
  return reads;
}

function entryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entryFiles(full);
    return /^(page|layout|not-found|error|loading)\.tsx$/.test(entry.name) ? [full] : [];
  });
}

/** A read is covered by its namespace or a parent of it; server error keys also by a subset with the fallbacks. */
const covered = (read: string, given: readonly string[]) =>
  given.some((entry) => read === entry || read.startsWith(`${entry}.`)) ||
  (read === "errors" && given.includes("errors.invalid") && given.includes("errors.internal"));

describe("messages handed to the browser", () => {
  const routes = readdirSync(appDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  it.each(routes)("cover every client component of %s", (route) => {
    const found = new Map<string, boolean>();
    for (const file of entryFiles(path.join(appDir, route))) collect(file, false, found);
    const given = [...layoutNamespaces, ...((routeNamespaces as Record<string, readonly string[]>)[route] ?? [])];
    expect([...clientReads(found)].filter((read) => !covered(read, given))).toEqual([]);
  });

  it("cover the layout's own client components (header, footer, error page)", () => {
    const found = new Map<string, boolean>();
    for (const name of ["layout.tsx", "error.tsx", "not-found.tsx", "page.tsx"]) collect(path.join(appDir, name), false, found);
    expect([...clientReads(found)].filter((read) => !covered(read, layoutNamespaces))).toEqual([]);
  });

  it("name only route folders that exist", () => {
    expect(Object.keys(routeNamespaces).filter((route) => !routes.includes(route))).toEqual([]);
  });
});
