import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, DatabaseUnreachableError, DataFolderLockedError } from "@karvon/db";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
// The holder runs in this very process id (node --import tsx), so SIGKILL really kills the lock's owner.
const holdDataFolder = (dataDir: string) =>
  spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/support/hold-data-folder.ts"), dataDir], { cwd: root });

function waitForLine(child: ReturnType<typeof spawn>, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(line)) resolve();
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before "${line}": ${output}`)));
  });
}

async function waitForZombie(pid: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`process ${pid} never became a zombie`);
}

describe("starting the database", () => {
  it("refuses a second process on the same PGlite data folder, and takes it once the first closed", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "karvon-lock-"));
    const holder = holdDataFolder(dataDir);
    try {
      await waitForLine(holder, "ready");
      await expect(createDb({ dataDir })).rejects.toThrow(DataFolderLockedError);
      await expect(createDb({ dataDir })).rejects.toThrow(/in use by another Karvon process/);
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.kill("SIGTERM");
      await exited;
      const handle = await createDb({ dataDir });
      const rows = await handle.db.execute("select 1 as ok");
      expect(rows).toBeTruthy();
      await handle.close();
    } finally {
      holder.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("takes over a lock left by a process that died", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "karvon-stale-"));
    const holder = holdDataFolder(dataDir);
    try {
      await waitForLine(holder, "ready");
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.kill("SIGKILL");
      await exited;
      const handle = await createDb({ dataDir });
      await handle.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("takes over a lock whose holder is a zombie (killed, never reaped)", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "karvon-zombie-"));
    // perl (Debian's essential perl-base) forks a child that exits at once and is never reaped: a zombie.
    const parent = spawn("perl", ["-e", '$| = 1; my $p = fork(); if ($p == 0) { exit 0 } print "$p\\n"; sleep 60']);
    try {
      const zombiePid = await new Promise<number>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
      await waitForZombie(zombiePid);
      writeFileSync(path.join(dataDir, "karvon.lock"), String(zombiePid));
      const handle = await createDb({ dataDir });
      await handle.close();
    } finally {
      parent.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("names DATABASE_URL when the server cannot be reached", async () => {
    const attempt = createDb({ databaseUrl: "postgres://karvon:secret@127.0.0.1:1/karvon" });
    await expect(attempt).rejects.toThrow(DatabaseUnreachableError);
    await expect(createDb({ databaseUrl: "postgres://karvon:secret@127.0.0.1:1/karvon" })).rejects.toThrow(
      /Check DATABASE_URL/,
    );
    // The password never appears in the message.
    await expect(createDb({ databaseUrl: "postgres://karvon:secret@127.0.0.1:1/karvon" })).rejects.not.toThrow(/secret/);
  });

  it("the start script stops with one clear line when the port is busy", async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const result = spawnSync(tsx, [path.join(root, "apps/web/scripts/start.ts")], {
        cwd: root,
        env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already in use`);
    } finally {
      server.close();
    }
  });

  it("the start script names an invalid variable", () => {
    const result = spawnSync(tsx, [path.join(root, "apps/web/scripts/start.ts")], {
      cwd: root,
      env: { ...process.env, PORT: "not-a-port" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Invalid configuration — PORT/);
  });
});
