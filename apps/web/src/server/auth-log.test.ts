import { Writable } from "node:stream";
import { createAuth, type AuthConfig } from "@karvon/api";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { authLogTo } from "./auth-log";
import { logRedactPaths, serializeError } from "./log-scrub";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const log = pino({ redact: { paths: logRedactPaths, censor: "[redacted]" }, serializers: { err: serializeError } }, stream);
  return { log, lines };
}

describe("better-auth's log", () => {
  it("reaches the portal's logger scrubbed of e-mails and SQL parameters", async () => {
    const { log, lines } = capture();
    // No database is touched: only better-auth's logger is used.
    const auth = createAuth({
      db: {} as AuthConfig["db"],
      secret: "test-secret-test-secret-test-secret-42",
      baseUrl: "http://localhost:3000",
      log: authLogTo(log),
    });
    const context = await auth.$context;
    const driverError = new Error('Failed query: insert into "user" ("name", "email") values ($1, $2)\nparams: Ali,ali@example.uz');
    context.logger.error("Failed to create user for ali@example.uz", driverError, { email: "ali@example.uz" });
    const line = lines.join("");
    expect(line).toContain("Failed to create user");
    expect(line).toContain("[email]");
    expect(line).not.toContain("ali@example.uz");
    expect(JSON.parse(line)).toMatchObject({ level: 50, source: "better-auth" });
  });
});
