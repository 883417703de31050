/**
 * The runbook followed from scratch: scripts/operations-drill.sh performs docs/operations.md's steps on a new
 * temporary folder — the database and its password, the secrets, the production server of the e2e build (which
 * applies the migrations), the first staff account and its sign-in, a backup restored into a new database with a
 * process on it, a streaming replica the web process then reads from — and checks each step itself. Here: the
 * drill passes, and every command it ran is a command of the runbook written the same way, so that the two cannot
 * drift apart. Its whole output goes to tests/.reports/operations-drill.log.
 */
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { havePostgresBinaries, pgBin } from "../support/postgres-cluster";
import { distDir, reportsDir, repoRoot, requireBuild } from "./support/web-server";

/** A command line without its trailing comment and without a trailing `&` (the drill runs it in the background). */
function normalized(line: string): string {
  return line
    .replace(/\s+#\s.*$/, "")
    .replace(/\s*&$/, "")
    .trim();
}

/** The command lines of the runbook's bash blocks. */
function runbookCommands(markdown: string): Set<string> {
  const commands = new Set<string>();
  for (const block of markdown.matchAll(/```bash\n([\s\S]*?)```/g)) {
    for (const line of (block[1] ?? "").split("\n")) commands.add(normalized(line));
  }
  return commands;
}

/** Runs the drill with nothing of this process's configuration but the build folder; resolves with its exit code. */
function runDrill(log: string): Promise<number | null> {
  const out = openSync(log, "w");
  const child = spawn("bash", ["scripts/operations-drill.sh"], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8", NEXT_DIST_DIR: distDir, PG_BIN: pgBin },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("docs/operations.md followed from scratch", () => {
  it("sets up, checks, backs up, restores and adds a replica with the runbook's own commands", { timeout: 900_000 }, async () => {
    expect(havePostgresBinaries(), `PostgreSQL 15 binaries in ${pgBin} (initdb, pg_basebackup)`).toBe(true);
    requireBuild();
    mkdirSync(reportsDir, { recursive: true });
    const log = path.join(reportsDir, "operations-drill.log");
    const started = performance.now();
    const code = await runDrill(log);
    const output = readFileSync(log, "utf8");
    console.log(`operations drill: exit ${code} after ${((performance.now() - started) / 1000).toFixed(0)} s; its checks:\n${output.split("\n").filter((line) => line.startsWith("✓") || line.startsWith("✗")).join("\n")}`);
    expect(code, `the drill's output (${log}):\n${output.slice(-3000)}`).toBe(0);
    expect(output).toContain("The drill passed.");

    const ran = output
      .split("\n")
      .filter((line) => line.startsWith("$ "))
      .map((line) => normalized(line.slice(2)));
    expect(ran.length, "the drill ran the runbook's commands").toBeGreaterThan(20);
    const runbook = runbookCommands(readFileSync(path.join(repoRoot, "docs/operations.md"), "utf8"));
    expect(ran.filter((command) => !runbook.has(command)), "commands the drill ran that docs/operations.md does not show").toEqual([]);
  });
});
