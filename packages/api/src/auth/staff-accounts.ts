import { randomUUID } from "node:crypto";
import type { StaffAccountRequest, StaffAccountResult } from "@karvon/data";
import { insertStaffAccount, type Db } from "@karvon/db";
import { hashPassword } from "./password";
import { generatePassword } from "./staff";

/**
 * A staff account ready to be written anywhere: a random password (to print once) and the request that carries
 * only its hash. `npm run admin:create` prepares it, then writes it itself or hands it to the running portal.
 */
export async function prepareStaffAccount(params: {
  email: string;
  role: StaffAccountRequest["role"];
  name?: string;
  now: Date;
}): Promise<{ password: string; request: StaffAccountRequest }> {
  const password = generatePassword();
  const email = params.email.trim().toLowerCase();
  return {
    password,
    request: {
      id: randomUUID(),
      email,
      name: params.name ?? email.split("@")[0] ?? email,
      role: params.role,
      passwordHash: await hashPassword(password),
      requestedAt: params.now.toISOString(),
    },
  };
}

/** Writes the prepared account; an address that already has an account is refused, never overwritten. */
export async function createStaffAccount(db: Db, request: StaffAccountRequest, at: Date): Promise<StaffAccountResult> {
  const created = await insertStaffAccount(db, { ...request, at });
  if (created === null) return { ok: false, error: `${request.email} already has an account.` };
  return { ok: true, userId: created.userId };
}
