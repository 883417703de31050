/**
 * The mail outbox over HTTP, against `next start` of the e2e build: on a portal listening beyond loopback,
 * /dev/mail does not exist and the staff page shows the outbox to admins only; on loopback /dev/mail opens.
 * On PostgreSQL when TEST_DATABASE_URL is set, on an embedded data folder otherwise.
 */
import { createAuth, createStaffUser } from "@karvon/api";
import { insertMail } from "@karvon/db";
import { afterAll, describe, expect, it } from "vitest";
import { createServerDatabase, withOpenDatabase, type ServerDatabase } from "../reliability/support/server-database";
import { authSecret, signInCookie, startWebServer, type WebServer } from "../reliability/support/web-server";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const subject = "Reset your Karvon password (outbox check)";

describe("the mail outbox over HTTP", () => {
  let database: ServerDatabase;
  const people: Record<"admin" | "moderator", { email: string; password: string }> = {
    admin: { email: "outbox-admin@example.com", password: "" },
    moderator: { email: "outbox-moderator@example.com", password: "" },
  };

  it("is answered 404 at /dev/mail and shown to admins only when the portal listens on every interface", { timeout: 400_000 }, async () => {
    database = await createServerDatabase("karvon_outbox");
    cleanups.push(database.drop);
    const mailId = await withOpenDatabase(database, async (handle) => {
      const auth = createAuth({ db: handle.db, secret: authSecret, baseUrl: "http://127.0.0.1" });
      for (const role of ["admin", "moderator"] as const) {
        people[role].password = (await createStaffUser(auth, { email: people[role].email, name: `Outbox ${role}`, role })).password;
      }
      await insertMail(handle.db, { to: "someone@example.com", locale: "en", template: "auth.reset-password", subject, text: "secret link" });
      const [row] = await handle.db.query.mailOutbox.findMany({ limit: 1 });
      return row?.id ?? "";
    });

    const server: WebServer = await startWebServer({ name: "outbox-all", database, env: { HOST: "0.0.0.0" } });
    cleanups.push(server.stop);
    for (const path of ["/dev/mail", `/dev/mail/${mailId}`]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain("secret link");
    }

    const moderator = await signInCookie(server.url, people.moderator.email, people.moderator.password, "203.0.113.40");
    const refused = await (await fetch(`${server.url}/en/admin/mail`, { headers: { cookie: moderator } })).text();
    expect(refused).toContain('data-testid="staff-forbidden"');
    expect(refused).not.toContain(subject);
    const refusedMail = await (await fetch(`${server.url}/en/admin/mail/${mailId}`, { headers: { cookie: moderator } })).text();
    expect(refusedMail).not.toContain("secret link");

    const admin = await signInCookie(server.url, people.admin.email, people.admin.password, "203.0.113.41");
    expect(await (await fetch(`${server.url}/en/admin/mail`, { headers: { cookie: admin } })).text()).toContain(subject);
    expect(await (await fetch(`${server.url}/ru/admin/mail/${mailId}`, { headers: { cookie: admin } })).text()).toContain("secret link");
    await server.stop();
  });

  it("opens /dev/mail without sign-in when the portal listens on loopback", { timeout: 400_000 }, async () => {
    // As `npm start` on one's own machine: loopback, no reverse proxy configured in front.
    const server = await startWebServer({ name: "outbox-loopback", database, env: { HOST: "127.0.0.1", TRUSTED_PROXIES: "" } });
    cleanups.push(server.stop);
    const response = await fetch(`${server.url}/dev/mail`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(subject);
    await server.stop();
  });
});
