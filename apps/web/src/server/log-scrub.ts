/**
 * What must never reach a log line: passwords, tokens, cookies, e-mail addresses and phone numbers. Structured
 * fields are redacted by path (pino `redact`); free text (error messages, SQL parameters in driver errors) is
 * scrubbed by pattern.
 */

const secretKeys = [
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "accessToken",
  "refreshToken",
  "idToken",
  "secret",
  "cookie",
  "authorization",
  "set-cookie",
  "email",
  "contactEmail",
  "phone",
  "contactPhone",
];

/** pino redact paths: the keys at the top and up to three levels down, and in request/response headers. */
export const logRedactPaths = [
  ...secretKeys.flatMap((key) => [`["${key}"]`, `*["${key}"]`, `*.*["${key}"]`, `*.*.*["${key}"]`]),
  'req.headers["cookie"]',
  'req.headers["authorization"]',
  'res.headers["set-cookie"]',
];

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// International numbers and long digit runs written with spaces, dashes or brackets (+998 90 123 45 67).
const phonePattern = /\+?\d[\d\s().-]{7,}\d/g;

/** Removes e-mail addresses, phone numbers and everything after a driver's "params:" from free text. */
export function scrubLogText(text: string): string {
  const withoutParams = text.replace(/\bparams:[\s\S]*$/, "params: [redacted]");
  return withoutParams.replace(emailPattern, "[email]").replace(phonePattern, "[phone]");
}

export type LoggedError = { type: string; message: string; code?: string; stack?: string; cause?: LoggedError };

/** An error as a log record: name, scrubbed message and stack, and its cause chain (three deep). */
export function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: scrubLogText(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: scrubLogText(error.message),
    ...(typeof code === "string" ? { code } : {}),
    ...(error.stack ? { stack: scrubLogText(error.stack) } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}
