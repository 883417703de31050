"use client";

import { displayValue } from "../../lib/display-value";

/** The submitted working copy, field by field. */
export function SnapshotView({ snapshot }: { snapshot: Record<string, unknown> }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {Object.entries(snapshot)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{key}</dt>
            <dd className="wrap-anywhere">{displayValue(value)}</dd>
          </div>
        ))}
    </dl>
  );
}
