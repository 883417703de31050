import { z } from "zod";
import { emailOnlySchema, changePasswordSchema, profileSchema, signInSchema, signUpSchema } from "./account";
import { localeSchema, passwordSchema } from "./atoms";
import { err } from "./errors";

/**
 * The bodies and queries the portal's own pages send to the sign-in service (better-auth), exactly. The server
 * checks every request against these before anything is looked up, so a refusal never depends on whether an
 * address is registered. Unknown fields are refused: better-auth would otherwise accept extras such as `image`,
 * `callbackURL` or `redirectTo` that no page of the portal sends.
 */

/** Tokens in mailed links: better-auth's random IDs and signed JWTs use only these characters. */
export const authTokenSchema = z
  .string(err("errors.required"))
  .min(1, err("errors.required"))
  .max(2048, err("errors.tooLong"))
  .regex(/^[A-Za-z0-9._-]+$/, err("errors.invalid"));

export const signUpRequestSchema = signUpSchema.extend({ locale: localeSchema.optional() }).strict();

export const signInRequestSchema = signInSchema.extend({ rememberMe: z.boolean().optional() }).strict();

export const passwordResetRequestSchema = emailOnlySchema.strict();

export const resetPasswordRequestSchema = z.object({ newPassword: passwordSchema, token: authTokenSchema }).strict();

export const verifyEmailQuerySchema = z.object({ token: authTokenSchema }).strict();

export const changePasswordRequestSchema = changePasswordSchema
  .extend({ revokeOtherSessions: z.boolean().optional() })
  .strict();

/** A person's own profile: a name and one of the four languages; never a picture URL or another field. */
export const updateUserRequestSchema = profileSchema.partial().strict();

/** True when a string anywhere in `value` (nested objects and arrays too) holds U+0000. */
export function containsNulCharacter(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 8 || typeof value !== "object" || value === null) return false;
  const entries = Array.isArray(value) ? value : [...Object.keys(value), ...Object.values(value)];
  return entries.some((entry) => containsNulCharacter(entry, depth + 1));
}
