/**
 * The logs the end-to-end run captured. They carry no secrets: after the run, every captured log (the web
 * server's output in tests/.reports/server*.log, and any other *.log there) is searched for the secrets the run
 * created — the seeded demo passwords, every session token, every verification token (the verification table and
 * the links in the mail outbox), and the e-mails and phones of users and demo companies. Any occurrence fails.
 * And they name no missing translation: next-intl logs a key a page asks for and no message file has
 * (MISSING_MESSAGE) and shows the key itself to the visitor; a page of the run that does so fails here.
 * The server must be stopped (Playwright stops it at the end), since the data folder is opened here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createDb, schema } from "@karvon/db";
import { describe, expect, it } from "vitest";
import { e2eDataDir, readDemoAccounts } from "../e2e/support/demo-accounts";

const reports = path.resolve(import.meta.dirname, "../.reports");
const port = Number(process.env.E2E_PORT ?? 3100);
const serverLog = path.join(reports, port === 3100 ? "server.log" : `server-${port}.log`);

function logFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "node_modules" ? [] : logFiles(full);
    return entry.endsWith(".log") ? [full] : [];
  });
}

const emailPattern = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g;
const phonePattern = /\+\d[\d ()-]{7,}\d/g;

type Secret = { kind: string; value: string };

async function collectSecrets(): Promise<Secret[]> {
  const secrets: Secret[] = [];
  const add = (kind: string, value: string | null | undefined) => {
    if (value && value.length >= 6) secrets.push({ kind, value });
  };
  for (const account of readDemoAccounts()) {
    add("demo password", account.password);
    add("demo e-mail", account.email);
  }
  const handle = await createDb({ dataDir: e2eDataDir(), migrate: false });
  try {
    const { db } = handle;
    for (const row of await db.select({ token: schema.session.token }).from(schema.session)) add("session token", row.token);
    const users = await db.select({ id: schema.user.id, email: schema.user.email }).from(schema.user);
    const userIds = new Set(users.map((user) => user.id));
    for (const user of users) add("user e-mail", user.email);
    for (const row of await db.select().from(schema.verification)) {
      // better-auth keeps "<purpose>:<token>" → user id, or a token → value.
      add("verification token", row.identifier.includes(":") ? row.identifier.split(":").pop() : row.identifier);
      if (!userIds.has(row.value) && !row.value.includes("@")) add("verification value", row.value);
    }
    for (const mail of await db.select({ text: schema.mailOutbox.text }).from(schema.mailOutbox)) {
      for (const match of mail.text.matchAll(/[?&]token=([^&\s"'<>]+)/g)) add("token in a mailed link", decodeURIComponent(match[1] ?? ""));
    }
    for (const company of await db.select({ profile: schema.companies.profile, published: schema.companies.published }).from(schema.companies)) {
      const text = `${JSON.stringify(company.profile)} ${JSON.stringify(company.published ?? {})}`;
      for (const match of text.matchAll(emailPattern)) add("company e-mail", match[0]);
      for (const match of text.matchAll(phonePattern)) add("company phone", match[0]);
    }
  } finally {
    await handle.close();
  }
  return secrets;
}

describe("captured logs of the end-to-end run", () => {
  it("contain none of the run's passwords, tokens, e-mails or phones", async () => {
    expect(existsSync(serverLog), `the e2e server's log ${serverLog} (run Playwright first)`).toBe(true);
    const files = logFiles(reports);
    const logs = files.map((file) => ({ file, text: readFileSync(file, "utf8") }));
    // The capture works: the start-up lines are there (pino's JSON lines follow them when anything is logged).
    expect(logs.find((log) => log.file === serverLog)?.text, "the server's output was captured").toContain("Karvon is starting on");

    const secrets = await collectSecrets();
    const kinds = new Set(secrets.map((secret) => secret.kind));
    // The search must have something to look for, or it proves nothing.
    for (const kind of ["demo password", "session token", "user e-mail", "company e-mail", "company phone"]) {
      expect(kinds.has(kind), `the e2e run left at least one ${kind}`).toBe(true);
    }

    const found: string[] = [];
    for (const { file, text } of logs) {
      for (const secret of secrets) {
        const at = text.indexOf(secret.value);
        if (at >= 0) {
          const line = text.slice(text.lastIndexOf("\n", at) + 1, at).slice(-80);
          found.push(`${path.relative(reports, file)}: a ${secret.kind} after «${line}»`);
        }
      }
    }
    console.log(`searched ${logs.length} log file(s), ${logs.reduce((sum, log) => sum + log.text.length, 0)} characters, for ${secrets.length} secrets`);
    expect(found).toEqual([]);
  });

  it("name no missing translation", () => {
    const text = readFileSync(serverLog, "utf8");
    const missing = [...text.matchAll(/MISSING_MESSAGE: ([^\n]+)/g)].map((match) => match[1]);
    expect([...new Set(missing)]).toEqual([]);
  });
});
