import { FieldLabelText } from "../forms/field-label";
import type { SelectHTMLAttributes } from "react";

type Option = { value: string; label: string };

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange"> & {
  name: string;
  label: string;
  options: readonly Option[];
  /** The text of the empty choice; omit to require a value. */
  placeholder?: string;
  error?: string;
  hint?: string;
  /** Marks the label and tells assistive technology the field must be filled (without the browser's own check). */
  isRequired?: boolean;
  onValueChange: (value: string) => void;
};

/** A labelled select with its error and hint wired to aria-describedby. */
export function SelectField({ name, label, isRequired, options, placeholder, error, hint, onValueChange, id, ...select }: SelectFieldProps) {
  const selectId = id ?? `field-${name}`;
  const describedBy = [error ? `${selectId}-error` : null, hint ? `${selectId}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectId} className="text-sm font-medium">
        <FieldLabelText isRequired={isRequired}>{label}</FieldLabelText>
      </label>
      <select
        id={selectId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-required={isRequired ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onValueChange(event.target.value)}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid]:border-red-600 dark:border-slate-700 dark:bg-slate-800"
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${selectId}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${selectId}-error`} className="text-sm text-red-700 dark:text-red-400" data-testid={`error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
