import { schema, type Db } from "@karvon/db";
import { isLocale } from "@karvon/data";
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { admin } from "better-auth/plugins/admin";
import { clientAddressHeader } from "../client-address";
import { withClientAddress } from "./client-address-request";
import { createAfterHook, createBeforeHook } from "./hooks";
import type { AuthLog } from "./http-endpoints";
import { recordPasswordReset } from "./lockout";
import { createAuthMailer } from "./mail";
import { companyOrganizationPlugin } from "./organization";
import { hashPassword, verifyPassword } from "./password";
import { authRateLimitRules } from "./rate-limits";
import { accessControl, authRoles } from "./roles";

export type AuthConfig = {
  db: Db;
  /** BETTER_AUTH_SECRET: signs cookies and tokens; at least 32 characters. */
  secret: string;
  /** The portal's public origin (PUBLIC_URL); links in mails start with it. */
  baseUrl: string;
  /** Origins allowed to POST to the auth endpoints besides `baseUrl`. */
  trustedOrigins?: string[];
  /** On by default in every environment; tests of other behaviour may switch it off. */
  rateLimitEnabled?: boolean;
  /** Sign-in attempts per client address per minute (default 10). */
  signInAttemptsPerMinute?: number;
  /** TRUSTED_PROXIES: reverse proxies whose X-Forwarded-For is believed (see `clientAddress`); none by default. */
  trustedProxies?: readonly string[];
  /** Called after a mail was queued, so the host can deliver it (SMTP) right away. */
  onMailQueued?: () => void;
  /** better-auth's own log lines (errors with SQL parameters among them) go here; the web app scrubs them. */
  log?: AuthLog;
  now?: () => Date;
};

export function createAuth(config: AuthConfig) {
  const now = config.now ?? (() => new Date());
  // The rate limiter and the hooks read the address `handler` below computed, from this header alone.
  const ipAddress = { ipAddressHeaders: [clientAddressHeader] };
  const mailer = createAuthMailer({ ...config, now });
  const hookConfig = { db: config.db, secret: config.secret, now, ipOptions: { advanced: { ipAddress } } };
  const options = {
    appName: "Karvon",
    secret: config.secret,
    baseURL: config.baseUrl,
    basePath: "/api/auth",
    trustedOrigins: config.trustedOrigins ?? [],
    telemetry: { enabled: false },
    logger: { level: "error", ...(config.log ? { log: config.log } : {}) },
    // Errors better-auth did not turn into an HTTP answer reach the route (createAuthHttpHandler), which logs
    // them through `log`; otherwise better-call prints them, SQL parameters and all, to the console.
    onAPIError: { throw: true },
    database: drizzleAdapter(config.db, { provider: "pg", schema, transaction: true }),
    user: {
      additionalFields: {
        locale: { type: "string", required: false, defaultValue: "en", input: true },
      },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      password: { hash: hashPassword, verify: verifyPassword },
      sendResetPassword: mailer.sendResetPassword,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      // The form says "check your mail" either way; the owner of the address is told how to get in.
      onExistingUserSignUp: mailer.sendAccountExists,
      onPasswordReset: ({ user }) => recordPasswordReset(config.db, config.secret, user.email),
      // A sign-up with a taken address answers like a new one (no enumeration); the fake user looks real.
      customSyntheticUser: ({ coreFields, additionalFields, id }) => ({
        ...coreFields,
        role: "user",
        banned: false,
        banReason: null,
        banExpires: null,
        ...additionalFields,
        id,
      }),
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 60 * 60,
      sendVerificationEmail: mailer.sendVerificationEmail,
    },
    rateLimit: {
      enabled: config.rateLimitEnabled ?? true,
      storage: "database",
      modelName: "rateLimit",
      customRules: authRateLimitRules(config.signInAttemptsPerMinute),
    },
    // Cookies are HttpOnly and SameSite=Lax (better-auth's defaults); Secure whenever the portal is served over https.
    advanced: { ipAddress, useSecureCookies: config.baseUrl.startsWith("https://") },
    databaseHooks: {
      user: {
        create: {
          // An unknown language falls back to English rather than failing the sign-up.
          before: async (user) => ({ data: { ...user, locale: isLocale(user.locale) ? user.locale : "en" } }),
        },
      },
    },
    hooks: { before: createBeforeHook(hookConfig), after: createAfterHook(hookConfig) },
    plugins: [
      admin({ ac: accessControl, roles: authRoles, defaultRole: "user", adminRoles: ["admin"] }),
      companyOrganizationPlugin(),
    ],
  } satisfies BetterAuthOptions;
  const auth = betterAuth(options);
  const trustedProxies = config.trustedProxies ?? [];
  return { ...auth, handler: (request: Request) => auth.handler(withClientAddress(request, trustedProxies)) };
}

export type Auth = ReturnType<typeof createAuth>;
