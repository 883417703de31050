/** What a failed call of the API says: its tRPC code, the translation key and the zod issues' keys per field. */
import { TRPCError } from "@trpc/server";

/** The translation keys a failed call carries: the TRPCError message and every zod issue message. */
export async function errorOf(promise: Promise<unknown>): Promise<{ code: string; keys: string[]; fields: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    const failure = error as { code?: unknown; message?: unknown; cause?: { issues?: { message: string; path: PropertyKey[] }[] } };
    if (typeof failure.code !== "string" || typeof failure.message !== "string") throw error;
    const keys = [failure.message];
    const fields: Record<string, string[]> = {};
    for (const issue of failure.cause?.issues ?? []) {
      keys.push(issue.message);
      const field = issue.path.map(String).join(".");
      (fields[field] ??= []).push(issue.message);
    }
    return { code: failure.code, keys, fields };
  }
  throw new Error("expected the call to fail");
}

/** The code and translation key of a call that must fail with a TRPCError. */
export async function failure(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the call to fail");
}
