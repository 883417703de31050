import type { Locale } from "@karvon/data";
import { randomBytes } from "node:crypto";
import type { Db } from "../client";
import { account, user } from "../schema";

/** better-auth's id shape: 32 characters of a URL-safe alphabet. */
function newAuthId(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Writes a verified staff account with an e-mail-and-password login, given the password's hash (the rows
 * better-auth writes for an e-mail sign-up, so it signs in like any other account). One transaction; null
 * when the address already has an account.
 */
export async function insertStaffAccount(
  db: Db,
  params: { email: string; name: string; role: string; passwordHash: string; locale?: Locale; at: Date },
): Promise<{ userId: string } | null> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(user)
      .values({
        id: newAuthId(),
        email: params.email.trim().toLowerCase(),
        name: params.name,
        emailVerified: true,
        role: params.role,
        locale: params.locale ?? "en",
        createdAt: params.at,
        updatedAt: params.at,
      })
      .onConflictDoNothing({ target: user.email })
      .returning({ id: user.id });
    if (created === undefined) return null;
    await tx.insert(account).values({
      id: newAuthId(),
      accountId: created.id,
      providerId: "credential",
      userId: created.id,
      password: params.passwordHash,
      createdAt: params.at,
      updatedAt: params.at,
    });
    return { userId: created.id };
  });
}
