"use client";

/** A JSON value as people read it: localized texts and lists flattened, nothing rendered as HTML. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map(displayValue).join(", ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}: ${displayValue(item)}`)
      .join(" · ");
  }
  return String(value);
}

/** The submitted working copy, field by field. */
export function SnapshotView({ snapshot }: { snapshot: Record<string, unknown> }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {Object.entries(snapshot)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{key}</dt>
            <dd className="break-words">{displayValue(value)}</dd>
          </div>
        ))}
    </dl>
  );
}
