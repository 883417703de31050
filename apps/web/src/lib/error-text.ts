/**
 * The one reading of an error the portal's servers answer with: which translation key it names, for which
 * field, with which parameters ("already decided by {name}"). Every form and every panel shows errors through
 * this, so a key's text and its placeholders are the same wherever the error appears.
 */

/** Field name → translation key ("errors.…"); `form` holds an error that belongs to no single field. */
export type FieldErrors = Record<string, string>;

/** better-auth's error codes that a person may see, as translation keys. */
const authErrorKeys: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "errors.auth.invalidCredentials",
  EMAIL_NOT_VERIFIED: "errors.auth.emailNotVerified",
  ACCOUNT_LOCKED: "errors.auth.locked",
  INVALID_PASSWORD: "errors.auth.wrongPassword",
  INVALID_TOKEN: "errors.auth.invalidToken",
  TOKEN_EXPIRED: "errors.auth.invalidToken",
  USER_BANNED: "errors.auth.banned",
  PASSWORD_TOO_SHORT: "errors.password.tooShort",
  PASSWORD_TOO_LONG: "errors.password.tooLong",
};

/** Anything with a message that may be a translation key: a thrown error, a tRPC or better-auth error. */
type ErrorLike = {
  message?: string;
  code?: string;
  status?: number;
  field?: string;
  data?: {
    params?: Record<string, string> | null;
    zodError?: { fieldErrors: Record<string, string[] | undefined> } | null;
  } | null;
};

function errorLike(error: unknown): ErrorLike {
  return typeof error === "object" && error !== null ? error : {};
}

/** Turns any error the portal's servers answer with into field → translation key. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const e = errorLike(error);
  const zodFields = e.data?.zodError?.fieldErrors;
  if (zodFields) {
    const fields = Object.entries(zodFields).flatMap(([field, keys]) => (keys?.[0] ? [[field, keys[0]]] : []));
    if (fields.length > 0) return Object.fromEntries(fields);
  }
  if (e.message?.startsWith("errors.")) return { [e.field ?? "form"]: e.message };
  const authKey = e.code === undefined ? undefined : authErrorKeys[e.code];
  if (authKey !== undefined) return { form: authKey };
  if (e.status === 429) return { form: "errors.auth.tooManyRequests" };
  return { form: "errors.internal" };
}

/** The values the error's message interpolates (the server sends them in `data.params`). */
export function errorParamsOf(error: unknown): Record<string, string> {
  return errorLike(error).data?.params ?? {};
}

/** What a translator offers: next-intl's `useTranslations()` result, or a stand-in in tests. */
export type Translate = {
  (key: string, values?: Record<string, string>): string;
  has: (key: string) => boolean;
};

/**
 * The text of an error key with its parameters; a key the messages do not know (a schema's own message) reads
 * as "This value is not valid."
 */
export function errorText(t: Translate, key: string, params: Record<string, string> = {}): string {
  return key.startsWith("errors.") && t.has(key) ? t(key, params) : t("errors.invalid");
}

/** The text of a whole failed call: its first field error, or the error of the form, with its parameters. */
export function errorTextOf(t: Translate, error: unknown): string {
  const fields = fieldErrorsOf(error);
  const key = Object.values(fields)[0] ?? "errors.internal";
  return errorText(t, key, errorParamsOf(error));
}
