import { FieldLabelText } from "../forms/field-label";
import type { TextareaHTMLAttributes } from "react";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  /** Marks the label and tells assistive technology the field must be filled (without the browser's own check). */
  isRequired?: boolean;
};

/** A labelled textarea with its error and hint wired to aria-describedby. */
export function TextAreaField({ name, label, isRequired, error, hint, id, ...textarea }: TextAreaFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = [error ? `${fieldId}-error` : null, hint ? `${fieldId}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium">
        <FieldLabelText isRequired={isRequired}>{label}</FieldLabelText>
      </label>
      <textarea
        id={fieldId}
        name={name}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-required={isRequired ? true : undefined}
        aria-describedby={describedBy}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid]:border-red-600 dark:border-slate-700 dark:bg-slate-800"
        {...textarea}
      />
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="text-sm text-red-700 dark:text-red-400" data-testid={`error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
