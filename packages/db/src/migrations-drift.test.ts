import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

/**
 * The committed migrations must describe the schema exactly: drizzle-kit, run on a copy of the migrations folder,
 * must find nothing to generate. A schema change without its migration fails here, not on a production start.
 */
const packageDir = path.resolve(import.meta.dirname, "..");
const copy = mkdtempSync(path.join(tmpdir(), "karvon-drift-"));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

it("the schema generates no migration beyond the committed ones", () => {
  cpSync(path.join(packageDir, "drizzle"), copy, { recursive: true });
  const before = readdirSync(copy).sort();
  const drizzleKit = path.resolve(packageDir, "../../node_modules/.bin/drizzle-kit");
  // drizzle-kit prefixes --out with "./": it must be relative to the working folder.
  const out = path.relative(packageDir, copy);
  const output = execFileSync(
    drizzleKit,
    ["generate", "--dialect", "postgresql", "--schema", "./src/schema/index.ts", "--out", out, "--casing", "snake_case"],
    { cwd: packageDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  expect(readdirSync(copy).sort()).toEqual(before);
  expect(output).toContain("No schema changes");
}, 60_000);
