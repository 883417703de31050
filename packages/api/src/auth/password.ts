import { hash, verify } from "@node-rs/argon2";

/** `Algorithm.Argon2id` — the enum is a const enum, which isolated modules cannot import. */
const argon2id = 2;

/** OWASP's minimum for Argon2id: 19 MiB of memory, two passes, one lane. */
export const argon2Options = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword({ hash: encoded, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(encoded, password);
  } catch {
    // A malformed hash (e.g. one written by another algorithm) is a failed check, not a crash.
    return false;
  }
}
