import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldLabelText } from "../forms/field-label";
import { controlClasses } from "./control-classes";

// Callers import the look and the fields from one place.
export { controlClasses } from "./control-classes";

/** What `Field` hands its control: the id its label points at and the wiring to its hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  className: string;
  "aria-invalid": true | undefined;
  "aria-required": true | undefined;
  "aria-describedby": string | undefined;
};

type FieldProps = {
  name: string;
  label: ReactNode;
  /** Translated error text, shown under the control and announced with it. */
  error?: string;
  hint?: ReactNode;
  /** Marks the label and tells assistive technology the field must be filled (without the browser's own check). */
  isRequired?: boolean;
  id?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/**
 * A label, a control, a hint and an error, wired together: the label points at the control, the control is
 * described by its hint and error and marked invalid while there is an error. Every form field is one of these.
 */
export function Field({ name, label, error, hint, isRequired, id, className = "flex flex-col gap-1", children }: FieldProps) {
  const controlId = id ?? `field-${name}`;
  const errorId = `${controlId}-error`;
  const hintId = `${controlId}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={controlId} className="text-sm font-medium">
        <FieldLabelText isRequired={isRequired}>{label}</FieldLabelText>
      </label>
      {children({
        id: controlId,
        name,
        className: controlClasses,
        "aria-invalid": error ? true : undefined,
        "aria-required": isRequired ? true : undefined,
        "aria-describedby": describedBy,
      })}
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

type OwnFieldProps = { name: string; label: string; error?: string; hint?: string; isRequired?: boolean; id?: string };

/** A labelled input; the browser's own `required` marks the label too. */
export function TextField({ name, label, error, hint, isRequired, id, ...input }: OwnFieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field name={name} label={label} error={error} hint={hint} isRequired={isRequired ?? input.required === true} id={id}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}

type Option = { value: string; label: string };

type SelectFieldProps = OwnFieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange"> & {
    options: readonly Option[];
    /** The text of the empty choice; omit to require a value. */
    placeholder?: string;
    onValueChange: (value: string) => void;
  };

/** A labelled select of the given options. */
export function SelectField({ name, label, error, hint, isRequired, id, options, placeholder, onValueChange, ...select }: SelectFieldProps) {
  return (
    <Field name={name} label={label} error={error} hint={hint} isRequired={isRequired} id={id}>
      {(control) => (
        <select {...control} onChange={(event) => onValueChange(event.target.value)} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A labelled textarea, five rows high unless told otherwise. */
export function TextAreaField({ name, label, error, hint, isRequired, id, ...textarea }: OwnFieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field name={name} label={label} error={error} hint={hint} isRequired={isRequired} id={id}>
      {(control) => <textarea {...control} rows={5} {...textarea} />}
    </Field>
  );
}
