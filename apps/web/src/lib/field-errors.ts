"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { ZodError } from "zod";

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
  data?: { zodError?: { fieldErrors: Record<string, string[] | undefined> } | null } | null;
};

/** Turns any error the portal's servers answer with into field → translation key. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const e = (error ?? {}) as ErrorLike;
  const zodFields = e.data?.zodError?.fieldErrors;
  if (zodFields) {
    const fields = Object.entries(zodFields).flatMap(([field, keys]) => (keys?.[0] ? [[field, keys[0]]] : []));
    if (fields.length > 0) return Object.fromEntries(fields);
  }
  if (e.message && e.message.startsWith("errors.")) return { [e.field ?? "form"]: e.message };
  if (e.code && authErrorKeys[e.code]) return { form: authErrorKeys[e.code] ?? "errors.internal" };
  if (e.status === 429) return { form: "errors.auth.tooManyRequests" };
  return { form: "errors.internal" };
}

/** Field errors from validating a form in the browser with a @karvon/data schema. */
export function fieldErrorsOfZod(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}

/** The translated text of an error key; an unknown key reads as "This value is not valid." */
export function useTranslateError() {
  const t = useTranslations();
  return useCallback(
    (key: string | undefined) => {
      if (!key) return undefined;
      return t.has(key) ? t(key) : t("errors.invalid");
    },
    [t],
  );
}

/**
 * Per-field error state of a form: set it from a schema check, a tRPC error or a better-auth error; read
 * the translated message of a field with `messageOf(field)`.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const translate = useTranslateError();
  return {
    errors,
    setErrors,
    clear: useCallback(() => setErrors({}), []),
    fromError: useCallback((error: unknown) => setErrors(fieldErrorsOf(error)), []),
    fromZod: useCallback((error: ZodError) => setErrors(fieldErrorsOfZod(error)), []),
    messageOf: (field: string) => translate(errors[field]),
  };
}
