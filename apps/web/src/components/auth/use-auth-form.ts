"use client";

import { useState, type FormEvent } from "react";
import type { ZodType } from "zod";
import { useFieldErrors, type FieldErrors } from "@/lib/field-errors";

type AuthFormOptions<Input> = {
  /** The @karvon/data schema the form's values must pass before anything is sent. */
  schema: ZodType<Input>;
  /** The raw values to check, read from the submitted form. */
  read: (form: FormData) => unknown;
  /** The better-auth client call; it resolves to an error or to success, never throws. */
  call: (input: Input) => Promise<{ error: unknown }>;
  onSuccess: (input: Input) => void;
  /** Field errors of a failed call when the server's field names differ from the form's. */
  fieldErrorsOf?: (error: unknown) => FieldErrors;
};

/**
 * The submit flow every auth form shares: check the form with its schema, show field errors, mark the
 * form pending while better-auth answers, then show the server's errors or go on to success.
 */
export function useAuthForm<Input>({ schema, read, call, onSuccess, fieldErrorsOf }: AuthFormOptions<Input>) {
  const errors = useFieldErrors();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = schema.safeParse(read(new FormData(event.currentTarget)));
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    setPending(true);
    const { error } = await call(parsed.data);
    setPending(false);
    if (error) return fieldErrorsOf ? errors.setErrors(fieldErrorsOf(error)) : errors.fromError(error);
    onSuccess(parsed.data);
  }

  return { errors, pending, onSubmit };
}
