import { isErrorKey, passwordSchema, signUpSchema } from "@karvon/data";
import type { Db } from "@karvon/db";
import type { BetterAuthOptions } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { getIP } from "@better-auth/core/utils/ip";
import type { ZodType } from "zod";
import { isSignInLocked, recordFailedSignIn, recordSignIn } from "./lockout";

type HookConfig = {
  db: Db;
  secret: string;
  now: () => Date;
  /** The part of the auth options that says where the client IP comes from. */
  ipOptions: BetterAuthOptions;
};

/** The fields a rejected auth request names, so forms can show the message beside the right field. */
export type AuthFieldError = { message: string; field: string };

function refuse(field: string, message: string): never {
  throw new APIError("BAD_REQUEST", { code: "VALIDATION_FAILED", message, field });
}

/** Runs a @karvon/data schema over a request body; the first issue becomes a translated field error. */
function validate(schema: ZodType, value: unknown, field = "form") {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0];
  const message = issue && isErrorKey(issue.message) ? issue.message : "errors.invalid";
  refuse(String(issue?.path[0] ?? field), message);
}

function readString(body: unknown, key: string): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

/** The client address better-auth's rate limiter counts this request under (see `clientAddress`). */
function requestAddress(ctx: { request?: Request; headers?: Headers }, config: HookConfig): string | null {
  const headers = ctx.request ?? ctx.headers;
  return headers ? getIP(headers, config.ipOptions) : null;
}

/**
 * Before hooks: the portal's own rules (common passwords refused, sign-up fields checked with the same
 * schemas as the forms) and the lock on failed sign-ins per account and client address.
 */
export function createBeforeHook(config: HookConfig) {
  return createAuthMiddleware(async (ctx) => {
    switch (ctx.path) {
      case "/sign-up/email":
        validate(signUpSchema, { ...ctx.body, locale: readString(ctx.body, "locale") ?? "en" });
        return;
      case "/reset-password":
      case "/change-password":
        validate(passwordSchema, readString(ctx.body, "newPassword"), "newPassword");
        return;
      case "/sign-in/email": {
        const email = readString(ctx.body, "email");
        if (email && (await isSignInLocked(config.db, config.secret, email, requestAddress(ctx, config), config.now()))) {
          throw new APIError("TOO_MANY_REQUESTS", { code: "ACCOUNT_LOCKED", message: "errors.auth.locked" });
        }
        return;
      }
      default:
        return;
    }
  });
}

/** After hooks: every sign-in, successful or not, lands in the audit log (failures also feed the lock). */
export function createAfterHook(config: HookConfig) {
  return createAuthMiddleware(async (ctx) => {
    if (ctx.path !== "/sign-in/email") return;
    const ip = requestAddress(ctx, config);
    const returned = ctx.context.returned;
    if (isAPIError(returned)) {
      const email = readString(ctx.body, "email");
      if (returned.statusCode === 401 && email) await recordFailedSignIn(config.db, config.secret, email, ip);
      return;
    }
    const session = ctx.context.newSession;
    if (session) await recordSignIn(config.db, session.user.id, ip);
  });
}
