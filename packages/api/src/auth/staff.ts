import { randomBytes } from "node:crypto";
import type { Locale, UserRole } from "@karvon/data";
import type { Auth } from "./create-auth";

/** 20 random bytes in base64url: ~160 bits, no look-alike problems when copied from a terminal. */
export function generatePassword(): string {
  return randomBytes(20).toString("base64url");
}

/**
 * Creates a verified staff account (or a demo person) with a random password, returned once to print.
 * Used by `npm run admin:create` and the embedded demo seed. Throws when the address is taken.
 */
export async function createStaffUser(
  auth: Auth,
  params: { email: string; name: string; role: UserRole; locale?: Locale; password?: string },
): Promise<{ userId: string; password: string }> {
  const password = params.password ?? generatePassword();
  const { user } = await auth.api.createUser({
    body: {
      email: params.email.trim().toLowerCase(),
      name: params.name,
      password,
      role: params.role,
      data: { emailVerified: true, locale: params.locale ?? "en" },
    },
  });
  return { userId: user.id, password };
}
