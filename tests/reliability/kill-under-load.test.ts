/**
 * kill -9 under write load: a writer process creates listings with their audit rows and reports each commit;
 * it is killed with SIGKILL at a random moment, and every reported listing must be there with its audit row,
 * no listing may lack one, and amcheck must find every btree index intact. Rounds: RELIABILITY_ROUNDS
 * (3 in `npm test`, 10 in `npm run test:long`), on PGlite and on PostgreSQL.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, schema, type DbHandle } from "@karvon/db";
import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it, inject } from "vitest";
import { postgresTemplateName, withDatabase } from "../support/postgres-names";
import { checkBtreeIndexes } from "./support/integrity";

const rounds = Number.parseInt(process.env.RELIABILITY_ROUNDS ?? "", 10) || 3;
const writerScript = path.join(import.meta.dirname, "support/writer.ts");
const root = path.resolve(import.meta.dirname, "../..");

/** Starts the writer, lets it commit for a random while, kills it with SIGKILL; returns the reported ids. */
function runAndKill(target: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // node with tsx's loader, not the tsx binary: that one forks, and SIGKILL would hit only the wrapper.
    const child = spawn(process.execPath, ["--import", "tsx", writerScript, target], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    const committed: string[] = [];
    let buffer = "";
    let stderr = "";
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on("data", (chunk: Buffer) => (stderr += String(chunk)));
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += String(chunk);
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        if (line === "ready") timer = setTimeout(() => child.kill("SIGKILL"), 300 + Math.random() * 1500);
        else if (line.startsWith("committed ")) committed.push(line.slice("committed ".length));
      }
    });
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === "SIGKILL") resolve(committed);
      else reject(new Error(`writer exited by itself (${code}): ${stderr.slice(-2000)}`));
    });
  });
}

async function verify(handle: DbHandle, reported: string[]) {
  const found = reported.length === 0 ? [] : await handle.db
    .select({ id: schema.listings.id })
    .from(schema.listings)
    .where(inArray(schema.listings.id, reported));
  expect(found.length, "every reported listing survived the kill").toBe(reported.length);
  const orphans = await handle.db
    .select({ id: schema.listings.id })
    .from(schema.listings)
    .where(
      notExists(
        handle.db
          .select({ id: schema.auditLog.id })
          .from(schema.auditLog)
          .where(and(eq(schema.auditLog.targetType, "listing"), eq(schema.auditLog.targetId, sql`${schema.listings.id}::text`))),
      ),
    );
  expect(orphans, "no listing without its audit row").toEqual([]);
  expect(await checkBtreeIndexes(handle.db)).toBeGreaterThan(5);
}

type Target = { name: string; prepare: () => Promise<{ target: string; open: () => Promise<DbHandle>; cleanup: () => Promise<void> }> };

const targets: Target[] = [
  {
    name: "pglite",
    prepare: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "karvon-kill-"));
      return {
        target: dir,
        open: () => createDb({ dataDir: dir }),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
];
const postgresUrl = inject("postgresUrl");
if (postgresUrl) {
  targets.push({
    name: "postgres",
    prepare: async () => {
      const name = `karvon_test_kill_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
      const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database "${name}" template "${postgresTemplateName}"`);
      await admin.end();
      const url = withDatabase(postgresUrl, name);
      return {
        target: url,
        open: () => createDb({ databaseUrl: url, migrate: false, maxConnections: 2 }),
        cleanup: async () => {
          const cleanup = postgres(postgresUrl, { max: 1, onnotice: () => {} });
          await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
          await cleanup.end();
        },
      };
    },
  },
  );
}

describe.each(targets)("kill -9 under write load on $name", (target) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it(`keeps every committed listing and its audit row over ${rounds} kills`, { timeout: 120_000 + rounds * 60_000 }, async () => {
    const prepared = await target.prepare();
    cleanups.push(prepared.cleanup);
    const all: string[] = [];
    for (let round = 0; round < rounds; round++) {
      all.push(...(await runAndKill(prepared.target)));
      const handle = await prepared.open();
      try {
        await verify(handle, all);
      } finally {
        await handle.close();
      }
    }
    expect(all.length, "the writer committed something before being killed").toBeGreaterThan(0);
  });
});
