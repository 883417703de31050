"use client";

import { foldText } from "@karvon/data";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { FieldLabelText } from "../forms/field-label";
import { controlClasses } from "@/components/ui/field";

type Option = { value: string; label: string; group?: string };

type CodeChecklistProps = {
  name: string;
  legend: string;
  options: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Shown above a long list; filters labels in any script (folded like the search). */
  filterLabel?: string;
  error?: string;
  hint?: string;
  /** At least one choice is needed: marked on the legend and announced with it. */
  isRequired?: boolean;
};

/** A multiple choice from a code list: checkboxes in a scrolling box, with a filter for long lists. */
export function CodeChecklist({ name, legend, options, value, onChange, filterLabel, error, hint, isRequired }: CodeChecklistProps) {
  const t = useTranslations("common.form");
  const [filter, setFilter] = useState("");
  const id = useId();
  const selected = useMemo(() => new Set(value), [value]);
  const folded = foldText(filter);
  const visible = folded === "" ? options : options.filter((option) => foldText(`${option.value} ${option.label}`).includes(folded));
  const toggle = (code: string) =>
    onChange(selected.has(code) ? value.filter((item) => item !== code) : [...value, code]);
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined} data-testid={`checklist-${name}`}>
      <legend className="text-sm font-medium">
        <FieldLabelText isRequired={isRequired} announce>{legend}</FieldLabelText>
        {value.length > 0 ? <span className="ml-2 text-xs font-normal text-slate-600 dark:text-slate-400" data-testid={`chosen-${name}`}>({t("chosenCount", { count: value.length })})</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {filterLabel ? (
        <input
          type="search"
          aria-label={filterLabel}
          placeholder={filterLabel}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className={controlClasses}
        />
      ) : null}
      <div className="max-h-64 overflow-y-auto rounded-md border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-900">
        <ul className="grid gap-x-4 sm:grid-cols-2">
          {visible.map((option) => (
            <li key={option.value}>
              <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={name}
                  value={option.value}
                  checked={selected.has(option.value)}
                  onChange={() => toggle(option.value)}
                  className="size-4 shrink-0 accent-brand-600"
                />
                <span>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400" data-testid={`error-${name}`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
