/**
 * The tRPC core of Karvon, in three sections:
 * 1. context — built from injected dependencies (db, session, clock, config), so this package never imports
 *    Next.js and tests need no environment stubs;
 * 2. initialization — superjson and an error formatter that hands zod field errors to forms;
 * 3. procedures — public, protected (signed in, not banned) and staff (by role).
 */
import type { Locale, UserRole } from "@karvon/data";
import type { Db } from "@karvon/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { watchQueuedMail } from "./mail/queued-signal";
import { clientAddress } from "./client-address";
import { containsNulCharacter } from "./middleware/nul-characters";

// 1. CONTEXT

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  emailVerified: boolean;
  banned: boolean;
  locale: Locale;
};

export type Session = {
  user: SessionUser;
  session: { id: string; activeOrganizationId?: string | null };
};

export type ApiConfig = {
  /** Absolute origin used in links of mails (PUBLIC_URL). */
  publicUrl: string;
  /** Contact requests a company may send per day. */
  contactRequestsPerDay: number;
  /** True when no SMTP server is configured: the outbox is the mailbox, and admins read it in the staff area. */
  outboxIsMailbox: boolean;
  /** TRUSTED_PROXIES: reverse proxies whose X-Forwarded-For is believed (none by default). */
  trustedProxies: readonly string[];
};

export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

export const defaultApiConfig: ApiConfig = {
  publicUrl: "http://localhost:3000",
  contactRequestsPerDay: 20,
  outboxIsMailbox: true,
  trustedProxies: [],
};

export type CreateContextOptions = {
  db: Db;
  session: Session | null;
  headers?: Headers;
  clock?: Clock;
  config?: Partial<ApiConfig>;
  /**
   * Called after a procedure that queued mail has succeeded (its transaction committed), so the server can
   * deliver it at once instead of waiting for the next scheduled run.
   */
  onMailQueued?: () => void;
};

export function createTRPCContext(options: CreateContextOptions) {
  const headers = options.headers ?? new Headers();
  const config = { ...defaultApiConfig, ...options.config };
  return {
    db: options.db,
    session: options.session,
    headers,
    /** Who sent the request, for per-client limits and the audit log (null when the server did not say). */
    clientAddress: clientAddress(headers, config.trustedProxies),
    clock: options.clock ?? systemClock,
    config,
    onMailQueued: options.onMailQueued ?? (() => {}),
  };
}

export type Context = ReturnType<typeof createTRPCContext>;

// 2. INITIALIZATION

/**
 * Values a translated error message interpolates (e.g. "already decided by {name}"): pass as the TRPCError's
 * `cause`; the client receives them in `data.params`.
 */
export class ErrorParams extends Error {
  constructor(readonly params: Record<string, string>) {
    super("error parameters");
    this.name = "ErrorParams";
  }
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    return {
      ...shape,
      // Internal errors never reach the client with their message or stack.
      message: error.code === "INTERNAL_SERVER_ERROR" ? "errors.internal" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError,
        params: error.cause instanceof ErrorParams ? error.cause.params : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;
export const middleware = t.middleware;

// 3. PROCEDURES

/**
 * Every procedure refuses text PostgreSQL cannot store (U+0000) with BAD_REQUEST rather than failing in a query,
 * and signals mail it queued once it has succeeded (a failed procedure rolled its mail back with its transaction).
 */
export const publicProcedure = t.procedure.use(async ({ ctx, getRawInput, next }) => {
  if (containsNulCharacter(await getRawInput())) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "errors.invalid" });
  }
  const { result, queuedMail } = await watchQueuedMail(() => next());
  if (result.ok && queuedMail) ctx.onMailQueued();
  return result;
});

/** Signed in and not banned; passes a non-null session on. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session || ctx.session.user.banned) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "errors.unauthorized" });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Signed in with one of the given roles (checked on the server for every staff procedure). */
export function roleProcedure(...roles: readonly UserRole[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.session.user.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    }
    return next({ ctx });
  });
}

export const staffProcedure = roleProcedure("moderator", "admin");
export const adminProcedure = roleProcedure("admin");
