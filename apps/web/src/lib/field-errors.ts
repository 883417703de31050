"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { ZodError } from "zod";
import { errorParamsOf, errorText, fieldErrorsOf, type FieldErrors } from "./error-text";

export { fieldErrorsOf, type FieldErrors } from "./error-text";

/** Field errors from validating a form in the browser with a @karvon/data schema. */
export function fieldErrorsOfZod(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}

/** The translated text of an error key (see `errorText`), with the parameters it interpolates. */
export function useTranslateError() {
  const t = useTranslations();
  return useCallback(
    (key: string | undefined, params?: Record<string, string>) => (key ? errorText(t, key, params) : undefined),
    [t],
  );
}

/**
 * Per-field error state of a form: set it from a schema check, a tRPC error or a better-auth error; read
 * the translated message of a field with `messageOf(field)`.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [params, setParams] = useState<Record<string, string>>({});
  const translate = useTranslateError();
  return {
    errors,
    setErrors,
    clear: useCallback(() => {
      setErrors({});
      setParams({});
    }, []),
    fromError: useCallback((error: unknown) => {
      setErrors(fieldErrorsOf(error));
      setParams(errorParamsOf(error));
    }, []),
    fromZod: useCallback((error: ZodError) => {
      setErrors(fieldErrorsOfZod(error));
      setParams({});
    }, []),
    messageOf: (field: string) => translate(errors[field], params),
  };
}
