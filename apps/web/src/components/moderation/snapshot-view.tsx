"use client";

import { useLocale } from "next-intl";
import { useFieldName } from "./field-name";
import { fieldValueText, labelledFields } from "./field-values";

const order = (key: string) => {
  const index = (labelledFields as readonly string[]).indexOf(key);
  return index === -1 ? labelledFields.length : index;
};

/** The submitted working copy, field by field, with names and codes in the reader's language. */
export function SnapshotView({ snapshot }: { snapshot: Record<string, unknown> }) {
  const locale = useLocale();
  const fieldName = useFieldName();
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {Object.entries(snapshot)
        .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
        .map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400" data-field={key}>{fieldName(key)}</dt>
            <dd className="wrap-anywhere">{fieldValueText(key, value, locale)}</dd>
          </div>
        ))}
    </dl>
  );
}
