import { Writable } from "node:stream";
import { createAuth, type AuthConfig } from "@karvon/api";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { authLogTo } from "./auth-log";
import { logRedactPaths, scrubLogText, serializeError } from "./log-scrub";

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

describe("log redaction", () => {
  it("redacts secrets by key at any of the first levels", () => {
    const { log, lines } = capture();
    log.info(
      {
        password: "hunter22-secret",
        user: { email: "ali@example.uz", profile: { contactPhone: "+998901234567" } },
        req: { headers: { cookie: "better-auth.session_token=abc", authorization: "Bearer xyz" } },
        token: "tok-123",
      },
      "sign-in",
    );
    const line = lines.join("");
    for (const secret of ["hunter22-secret", "ali@example.uz", "+998901234567", "session_token=abc", "Bearer xyz", "tok-123"]) {
      expect(line).not.toContain(secret);
    }
    expect(JSON.parse(line)).toMatchObject({ msg: "sign-in", password: "[redacted]" });
  });

  it("scrubs e-mails, phones and SQL parameters out of error messages and stacks", () => {
    const error = new Error('Failed query: insert into "user" values ($1)\nparams: ali@example.uz,$argon2id$v=19$hash');
    const { log, lines } = capture();
    log.error({ err: new Error("wrapped", { cause: error }) }, "tRPC failed");
    const line = lines.join("");
    expect(line).not.toContain("ali@example.uz");
    expect(line).not.toContain("argon2id");
    expect(scrubLogText("call +994 50 123 45 67 or mail x.y@firma.az")).toBe("call [phone] or mail [email]");
  });
});

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
