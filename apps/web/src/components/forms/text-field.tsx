import { FieldLabelText } from "./field-label";
import type { InputHTMLAttributes } from "react";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  /** Translated error text, shown under the field and announced with it. */
  error?: string;
  hint?: string;
  /** Marks the label and tells assistive technology the field must be filled (without the browser's own check). */
  isRequired?: boolean;
};

/** A labelled input with its error and hint wired to aria-describedby. */
export function TextField({ name, label, isRequired, error, hint, id, ...input }: TextFieldProps) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium">
        <FieldLabelText isRequired={isRequired ?? input.required === true}>{label}</FieldLabelText>
      </label>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-required={isRequired ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid]:border-red-600 dark:border-slate-700 dark:bg-slate-800"
        {...input}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400" data-testid={`error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
