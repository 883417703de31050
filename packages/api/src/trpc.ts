/**
 * The tRPC core of Karvon, in three sections:
 * 1. context — built from injected dependencies (db, session, clock, config), so this package never imports
 *    Next.js and tests need no environment stubs;
 * 2. initialization — superjson (kept per shared answer) and an error formatter that hands zod field errors to forms;
 * 3. procedures — public, protected (signed in, not banned) and staff (by role);
 * 4. company procedures — the company a person acts for, or the one an input names, resolved and checked once;
 * 5. service dependencies — what services take from a request (`depsOf`), so they never see tRPC.
 */
import { defaultAdviserConsentMailsPerDay, type Locale, type UserRole } from "@karvon/data";
import type { CompanyMemberRole, Db } from "@karvon/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { watchQueuedMail } from "./mail/queued-signal";
import { sharedAwareTransformer } from "./shared-output";
import { clientAddress } from "./client-address";
import { containsNulCharacter } from "./middleware/nul-characters";
import { isReplicaFailure } from "./middleware/replica-failure";
import { listCompaniesActingFirst, requireCompanyMember, requireCompanyReader, type CompanyAccess } from "./companies/access";

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
  /** Consent mails the advisers of one organisation may cause in 24 hours (each imported company sends one). */
  adviserConsentMailsPerDay: number;
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
  adviserConsentMailsPerDay: defaultAdviserConsentMailsPerDay,
  outboxIsMailbox: true,
  trustedProxies: [],
};

export type CreateContextOptions = {
  db: Db;
  /**
   * A streaming read replica (DATABASE_REPLICA_URLS) for the public reads of anonymous visitors
   * (`publicReadProcedure`). A signed-in person reads the primary, so what they just wrote is what they see.
   */
  replicaDb?: Db;
  session: Session | null;
  headers?: Headers;
  clock?: Clock;
  config?: Partial<ApiConfig>;
  /**
   * Called after a procedure that queued mail has succeeded (its transaction committed), so the server can
   * deliver it at once instead of waiting for the next scheduled run.
   */
  onMailQueued?: () => void;
  /** Called when a procedure has answered (the server's metrics); `code` is the tRPC error code of a failure. */
  onProcedureDone?: (done: ProcedureDone) => void;
};

export type ProcedureDone = { path: string; type: string; durationMs: number; code: string | null };

export function createTRPCContext(options: CreateContextOptions) {
  const headers = options.headers ?? new Headers();
  const config = { ...defaultApiConfig, ...options.config };
  return {
    db: options.db,
    /** Where public reads go: the replica for an anonymous visitor when there is one, else the primary. */
    readDb: options.session === null && options.replicaDb !== undefined ? options.replicaDb : options.db,
    session: options.session,
    headers,
    /** Who sent the request, for per-client limits and the audit log (null when the server did not say). */
    clientAddress: clientAddress(headers, config.trustedProxies),
    clock: options.clock ?? systemClock,
    config,
    onMailQueued: options.onMailQueued ?? (() => {}),
    onProcedureDone: options.onProcedureDone ?? (() => {}),
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
  // superjson both ways; a shared answer's serialized form is made once (shared-output.ts).
  transformer: sharedAwareTransformer,
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
export const publicProcedure = t.procedure.use(async ({ ctx, path, type, getRawInput, next }) => {
  const started = performance.now();
  if (containsNulCharacter(await getRawInput())) {
    ctx.onProcedureDone({ path, type, durationMs: performance.now() - started, code: "BAD_REQUEST" });
    throw new TRPCError({ code: "BAD_REQUEST", message: "errors.invalid" });
  }
  const { result, queuedMail } = await watchQueuedMail(() => next());
  if (result.ok && queuedMail) ctx.onMailQueued();
  ctx.onProcedureDone({ path, type, durationMs: performance.now() - started, code: result.ok ? null : result.error.code });
  return result;
});

/**
 * A public read that may be answered by a read replica: its `ctx.db` is `ctx.readDb`. Only for procedures that
 * never write and whose answer may trail the primary by the replica's lag (search, public profiles and listings,
 * reference statistics, the cooperation page). A search on a replica stays consistent: its page and counts are
 * reconciled by the generation of the search documents, which replicates with them. When the replica fails the
 * read itself (it cancelled the query for a conflict with recovery, or its connection was lost), the primary
 * answers it instead: the visitor never sees a replica's failure.
 */
export const publicReadProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const result = await next({ ctx: { ...ctx, db: ctx.readDb } });
  if (result.ok || ctx.readDb === ctx.db || !isReplicaFailure(result.error)) return result;
  return next({ ctx: { ...ctx, db: ctx.db } });
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

// 4. COMPANY PROCEDURES

/**
 * Adds the person's companies to the context, the one they act for first (`myCompanies`), and that one as
 * `company` — null for a visitor, a banned user or a person without a company.
 */
export const withActingCompany = t.middleware(async ({ ctx, next }) => {
  const session = ctx.session !== null && !ctx.session.user.banned ? ctx.session : null;
  const myCompanies = session === null ? [] : await listCompaniesActingFirst(ctx.db, session);
  return next({ ctx: { myCompanies, company: myCompanies[0] ?? null } });
});

/** Signed in; `ctx.company` is the company the person acts for, or null when they belong to none. */
export const companyOrNoneProcedure = protectedProcedure.use(withActingCompany);

/** Signed in and acting for a company (`ctx.company`); a person without one gets FORBIDDEN. */
export const companyProcedure = companyOrNoneProcedure.use(({ ctx, next }) => {
  if (ctx.company === null) throw new TRPCError({ code: "FORBIDDEN", message: "errors.contact.noCompany" });
  return next({ ctx: { ...ctx, company: ctx.company } });
});

type CompanyInput = { companyId: string };

function companyInputProcedure<S extends z.ZodType<CompanyInput>, R extends CompanyMemberRole | null>(
  schema: S,
  resolve: (db: Db, session: Session, companyId: string) => Promise<CompanyAccess<R>>,
) {
  return protectedProcedure.input(schema).use(async ({ ctx, input, next }) => {
    const { company, role } = await resolve(ctx.db, ctx.session, (input).companyId);
    return next({ ctx: { company, role } });
  });
}

/**
 * For the company `input.companyId` names, with the caller's role on `ctx.role`: a member (any role) may edit the
 * profile, submit it and upload the logo. Anyone else is told the company does not exist (NOT_FOUND).
 */
export function companyMemberProcedure<S extends z.ZodType<CompanyInput>>(schema: S) {
  return companyInputProcedure(schema, requireCompanyMember);
}

/** Like `companyMemberProcedure`, and only the owner; other members get FORBIDDEN. */
export function companyOwnerProcedure<S extends z.ZodType<CompanyInput>>(schema: S) {
  return companyMemberProcedure(schema).use(({ ctx, next }) => {
    if (ctx.role !== "owner") throw new TRPCError({ code: "FORBIDDEN", message: "errors.company.ownerOnly" });
    return next({ ctx: { ...ctx, role: ctx.role } });
  });
}

/** Like `companyMemberProcedure`, and staff may read every company too (their `ctx.role` is null). */
export function companyReaderProcedure<S extends z.ZodType<CompanyInput>>(schema: S) {
  return companyInputProcedure(schema, requireCompanyReader);
}

// 5. SERVICE DEPENDENCIES

/** What a service takes from a request: one moment for the whole request, the configuration, the database. */
export type Deps = {
  db: Db;
  now: Date;
  config: ApiConfig;
  /** Who sent the request (see `clientAddress`), for the audit log. */
  clientAddress: string | null;
};

/** `Deps` of a signed-in request: `user` is who acts. */
export type SignedInDeps = Deps & { user: SessionUser };

/** Services are called one way: `service(depsOf(ctx), params)`. */
export function depsOf(ctx: Context & { session: Session }): SignedInDeps;
export function depsOf(ctx: Context): Deps;
export function depsOf(ctx: Context): Deps | SignedInDeps {
  const deps = { db: ctx.db, now: ctx.clock.now(), config: ctx.config, clientAddress: ctx.clientAddress };
  return ctx.session === null ? deps : { ...deps, user: ctx.session.user };
}
