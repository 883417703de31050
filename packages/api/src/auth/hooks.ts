import {
  changePasswordRequestSchema,
  containsNulCharacter,
  isErrorKey,
  passwordResetRequestSchema,
  resetPasswordRequestSchema,
  signInRequestSchema,
  signUpRequestSchema,
  updateUserRequestSchema,
  verifyEmailQuerySchema,
} from "@karvon/data";
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

/** A refused token reads like an expired one: the page tells the person to ask for a new link. */
function refuseToken(): never {
  throw new APIError("BAD_REQUEST", { code: "INVALID_TOKEN", message: "errors.auth.invalidToken", field: "form" });
}

/** Runs a @karvon/data schema over a request body; the first issue becomes a translated field error. */
function validate(schema: ZodType, value: unknown, field = "form") {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0];
  if (issue?.path[0] === "token") refuseToken();
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

/** What each endpoint a page calls must look like, checked before better-auth looks anything up. */
const requestSchemas: Record<string, { body?: ZodType; query?: ZodType }> = {
  "/sign-up/email": { body: signUpRequestSchema },
  "/sign-in/email": { body: signInRequestSchema },
  "/request-password-reset": { body: passwordResetRequestSchema },
  "/reset-password": { body: resetPasswordRequestSchema },
  "/verify-email": { query: verifyEmailQuerySchema },
  "/change-password": { body: changePasswordRequestSchema },
  "/update-user": { body: updateUserRequestSchema },
};

/**
 * Before hooks: the portal's own rules, in the same order for a taken and a free address so no answer tells
 * them apart — the request's shape first (the @karvon/data schemas of the forms; U+0000 nowhere, which
 * PostgreSQL would refuse with an error), then the per-account lock on failed sign-ins.
 */
export function createBeforeHook(config: HookConfig) {
  return createAuthMiddleware(async (ctx) => {
    const schemas = requestSchemas[ctx.path];
    if (schemas?.query && !schemas.query.safeParse(ctx.query ?? {}).success) refuseToken();
    if (schemas?.body) validate(schemas.body, ctx.body ?? {});
    if (containsNulCharacter(ctx.body) || containsNulCharacter(ctx.query)) refuse("form", "errors.invalid");
    if (ctx.path === "/sign-in/email") {
      const email = readString(ctx.body, "email");
      if (email && (await isSignInLocked(config.db, config.secret, email, requestAddress(ctx, config), config.now()))) {
        throw new APIError("TOO_MANY_REQUESTS", { code: "ACCOUNT_LOCKED", message: "errors.auth.locked" });
      }
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
