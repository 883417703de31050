import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("Argon2id password hashing", () => {
  it("hashes with Argon2id, m=19456, t=2 and verifies only the right password", async () => {
    const encoded = await hashPassword("correct horse battery");
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword({ hash: encoded, password: "correct horse battery" })).toBe(true);
    expect(await verifyPassword({ hash: encoded, password: "wrong horse battery" })).toBe(false);
  });
  it("treats a malformed hash as a mismatch", async () => {
    expect(await verifyPassword({ hash: "scrypt:abc", password: "whatever1" })).toBe(false);
  });
});
