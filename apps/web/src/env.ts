/**
 * The only reader of process.env. Configuration is validated once; a bad value stops start-up with a message
 * that names the variable.
 */
import { parseTrustedProxies } from "@karvon/api/client-address";
import { defaultAdviserConsentMailsPerDay } from "@karvon/data";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * Interface to listen on; unset = all interfaces (`npm start` on the embedded database sets 127.0.0.1). Only a
   * loopback address opens the mail outbox at /dev/mail without sign-in.
   */
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  /**
   * Streaming replicas of DATABASE_URL (comma-separated postgres:// URLs): anonymous visitors' public reads go to
   * them (search, public profiles and listings, the cooperation page). Optional.
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").map((url) => url.trim()).filter((url) => url !== ""))
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "each must start with postgres:// or postgresql://"))),
  /** A replica trailing the primary by more than this is left out of the reads until it catches up. */
  REPLICA_MAX_LAG_SECONDS: z.coerce.number().min(0).default(30),
  KARVON_DATA_DIR: z.string().min(1).default(".data"),
  KARVON_DEMO_DATA: z.enum(["on", "off"]).default("on"),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional(),
  MAIL_FROM: z.string().default("Karvon <no-reply@karvon.local>"),
  CONTACT_REQUESTS_PER_DAY: z.coerce.number().int().min(1).default(20),
  /** Consent mails the advisers of one organisation may cause in 24 hours (one per imported company). */
  ADVISER_CONSENT_MAILS_PER_DAY: z.coerce.number().int().min(1).default(defaultAdviserConsentMailsPerDay),
  /** Sign-in attempts per client address per minute (better-auth's rate limit; failed ones also lock that address out of the account). */
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /**
   * Reverse proxies (IP addresses or CIDR ranges, comma-separated) whose X-Forwarded-For is believed. None by
   * default: the client is then the socket's peer, whatever a request's headers say.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  /**
   * Bearer token of the Prometheus endpoint /api/metrics; unset, the endpoint answers 404. Give it only to the
   * monitoring (the metrics name every procedure and show the traffic).
   */
  METRICS_TOKEN: z.string().min(24, "must be at least 24 characters").optional(),
  /** On SIGTERM, how long requests in flight and mail being sent may take before the process closes anyway. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema> & { PUBLIC_URL: string };

function emptyToUndefined(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, value === "" ? undefined : value]));
}

export class InvalidEnvError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    super(`Invalid configuration — ${lines.join("; ")}. See .env.example.`);
    this.name = "InvalidEnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(emptyToUndefined(source));
  if (!result.success) throw new InvalidEnvError(result.error.issues);
  const parsed = result.data;
  if (parsed.DATABASE_REPLICA_URLS.length > 0 && parsed.DATABASE_URL === undefined) {
    throw new InvalidEnvError([
      { code: "custom", path: ["DATABASE_REPLICA_URLS"], message: "needs DATABASE_URL (they are replicas of that PostgreSQL server)", input: undefined },
    ]);
  }
  return { ...parsed, PUBLIC_URL: parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}` };
}

/**
 * Whether a listen address is reachable from this machine only. Unset means every interface, so it is not.
 * Names other than "localhost" are never trusted: what they resolve to can change.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const address = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (address === "localhost" || address === "::1" || address === "0:0:0:0:0:0:0:1") return true;
  const octets = /^(?:::ffff:)?127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  return octets !== null && octets.slice(1).every((octet) => Number(octet) <= 255);
}

let cached: Env | undefined;

/** Parsed lazily so `next build` does not need runtime secrets. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
