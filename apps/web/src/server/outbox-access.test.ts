import { describe, expect, it } from "vitest";
import { mailDestinationLine, outboxAccess } from "./outbox-access";

const smtp = "smtp://mail.example.org:587";

describe("outboxAccess", () => {
  it("opens /dev/mail without sign-in only on a loopback portal without SMTP", () => {
    expect(outboxAccess({ HOST: "127.0.0.1", SMTP_URL: undefined })).toEqual({ devPage: true, adminPage: true });
    expect(outboxAccess({ HOST: "::1", SMTP_URL: undefined }).devPage).toBe(true);
    expect(outboxAccess({ HOST: "localhost", SMTP_URL: undefined }).devPage).toBe(true);
  });

  it("keeps /dev/mail closed on every other interface, and when HOST is unset (all interfaces)", () => {
    for (const HOST of [undefined, "0.0.0.0", "::", "192.168.1.10", "karvon.example.org"]) {
      expect(outboxAccess({ HOST, SMTP_URL: undefined }), String(HOST)).toEqual({ devPage: false, adminPage: true });
    }
  });

  it("keeps /dev/mail closed on loopback when a reverse proxy in front of the portal is configured", () => {
    expect(outboxAccess({ HOST: "127.0.0.1", SMTP_URL: undefined, TRUSTED_PROXIES: ["127.0.0.1"] })).toEqual({ devPage: false, adminPage: true });
  });

  it("closes both when mail is delivered over SMTP", () => {
    expect(outboxAccess({ HOST: "127.0.0.1", SMTP_URL: smtp })).toEqual({ devPage: false, adminPage: false });
    expect(outboxAccess({ HOST: undefined, SMTP_URL: smtp })).toEqual({ devPage: false, adminPage: false });
  });
});

describe("mailDestinationLine", () => {
  it("says in one line where mail goes", () => {
    const publicUrl = "https://karvon.example.org/";
    expect(mailDestinationLine({ HOST: undefined, SMTP_URL: undefined, PUBLIC_URL: publicUrl })).toBe(
      "No SMTP_URL: mail is not sent; it stays in the outbox, readable by admins at https://karvon.example.org/en/admin/mail.",
    );
    expect(mailDestinationLine({ HOST: "127.0.0.1", SMTP_URL: undefined, PUBLIC_URL: "http://localhost:3000" })).toContain(
      "http://localhost:3000/dev/mail",
    );
    expect(mailDestinationLine({ HOST: undefined, SMTP_URL: smtp, PUBLIC_URL: publicUrl })).not.toContain("\n");
  });
});
