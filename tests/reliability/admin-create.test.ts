/**
 * `npm run admin:create` exactly as the README shows it, from the repository root and from inside apps/web,
 * against the portal's data folder: while a process holds the embedded database (the portal, here this test
 * process answering the hand-over as the portal's inbox does) and when none does. The printed password signs in.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createDb, createStaffAccount, type DbHandle } from "@karvon/api";
import { findUserByEmail } from "@karvon/db";
import { afterAll, describe, expect, it } from "vitest";
import { answerStaffRequests, staffRequestFolder } from "../../apps/web/src/server/staff-request-folder";
import { createTestAuth } from "../support/auth";

const root = path.resolve(import.meta.dirname, "../..");
const reports = path.join(root, "tests/.reports");
const work = mkdtempSync(path.join(reports, "admin-create-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The data folder as a path relative to the repository root, as a person would set KARVON_DATA_DIR. */
function dataDirFor(name: string) {
  return { absolute: path.join(work, name), relative: path.relative(root, path.join(work, name)) };
}

function adminCreate(args: string[], options: { cwd: string; dataDir: string }): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, KARVON_DATA_DIR: options.dataDir };
    delete env.DATABASE_URL;
    const child = spawn("npm", ["run", "--silent", "admin:create", "--", ...args], { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += String(chunk)));
    child.stderr.on("data", (chunk: Buffer) => (out += String(chunk)));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

function printedPassword(out: string): string {
  const match = /Password \(shown only now[^)]*\): (\S+)/.exec(out);
  expect(match, out).not.toBeNull();
  return match?.[1] ?? "";
}

/** The portal's inbox, as apps/web/src/server/staff-request-inbox.ts runs it, until stopped. */
function answerLikeThePortal(handle: DbHandle, dataDir: string): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    while (running) {
      await answerStaffRequests(dataDir, (request) => createStaffAccount(handle.db, request, new Date()), new Date());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}

async function signsIn(handle: DbHandle, email: string, password: string) {
  const auth = createTestAuth(handle.db);
  const { user } = await auth.api.signInEmail({ body: { email, password } });
  return user;
}

// Each run starts tsx and loads the api package: slow on a busy machine.
describe("npm run admin:create", { timeout: 300_000 }, () => {
  it("from the repository root, while the portal holds the embedded database: the account signs in", async () => {
    const dir = dataDirFor("running");
    const portal = await createDb({ dataDir: dir.absolute });
    const stop = answerLikeThePortal(portal, dir.absolute);
    try {
      const run = await adminCreate(["--email", "Moderator@Example.org", "--role", "moderator"], { cwd: root, dataDir: dir.relative });
      expect(run.code, run.out).toBe(0);
      const password = printedPassword(run.out);
      const user = await signsIn(portal, "moderator@example.org", password);
      expect(user.email).toBe("moderator@example.org");
      expect((await findUserByEmail(portal.db, "moderator@example.org"))?.role).toBe("moderator");
      // Nothing stays behind in the hand-over folder, and no second database was made anywhere else.
      expect(readdirSync(staffRequestFolder(dir.absolute))).toEqual([]);
      expect(existsSync(path.join(root, "apps/web", dir.relative))).toBe(false);

      const again = await adminCreate(["--email", "moderator@example.org"], { cwd: root, dataDir: dir.relative });
      expect(again.code).toBe(1);
      expect(again.out).toContain("already has an account");
      expect(again.out).not.toContain("Password");
    } finally {
      await stop();
      await portal.close();
    }
  });

  it("from inside apps/web with no portal running: writes the same folder itself, and the account signs in", async () => {
    const dir = dataDirFor("stopped");
    const run = await adminCreate(["--email", "admin@example.org"], { cwd: path.join(root, "apps/web"), dataDir: dir.relative });
    expect(run.code, run.out).toBe(0);
    const password = printedPassword(run.out);
    expect(existsSync(path.join(root, "apps/web", dir.relative))).toBe(false);
    const handle = await createDb({ dataDir: dir.absolute });
    try {
      expect((await signsIn(handle, "admin@example.org", password)).email).toBe("admin@example.org");
      expect((await findUserByEmail(handle.db, "admin@example.org"))?.role).toBe("admin");
    } finally {
      await handle.close();
    }
  });

  it("refuses a plain user role and a bad address, creating nothing", async () => {
    const dir = dataDirFor("refused");
    for (const args of [["--email", "x@example.org", "--role", "user"], ["--email", "not-an-address"]]) {
      const run = await adminCreate(args, { cwd: root, dataDir: dir.relative });
      expect(run.code).toBe(1);
      expect(run.out).toContain("Usage: npm run admin:create");
    }
    expect(existsSync(dir.absolute)).toBe(false);
  });
});
