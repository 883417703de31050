/**
 * The difference between the last approved version of a profile or listing and the submitted one, field by
 * field, so a moderator reviewing an edit sees only what changed. Pure and JSON-only (snapshots are jsonb).
 */
export type DiffEntry =
  | { path: string; kind: "added"; after: unknown }
  | { path: string; kind: "removed"; before: unknown }
  | { path: string; kind: "changed"; before: unknown; after: unknown; added?: unknown[]; removed?: unknown[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => jsonEqual(a[key], b[key]));
  }
  return false;
}

function arrayChange(before: unknown[], after: unknown[]): { added: unknown[]; removed: unknown[] } {
  return {
    added: after.filter((item) => !before.some((old) => jsonEqual(old, item))),
    removed: before.filter((item) => !after.some((next) => jsonEqual(next, item))),
  };
}

function walk(before: unknown, after: unknown, path: string, out: DiffEntry[]): void {
  if (jsonEqual(before, after) || (isEmpty(before) && isEmpty(after))) return;
  // A nested object that appears or disappears is reported leaf by leaf, like any other.
  if (isEmpty(before) && isPlainObject(after)) before = {};
  if (isEmpty(after) && isPlainObject(before)) after = {};
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], path === "" ? key : `${path}.${key}`, out);
    return;
  }
  if (isEmpty(before)) {
    out.push({ path, kind: "added", after });
    return;
  }
  if (isEmpty(after)) {
    out.push({ path, kind: "removed", before });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    out.push({ path, kind: "changed", before, after, ...arrayChange(before, after) });
    return;
  }
  out.push({ path, kind: "changed", before, after });
}

/**
 * Field-level changes from `before` to `after`, sorted by path. Nested objects (localized texts, contact) are
 * compared key by key; arrays as a whole, with the items added and removed. Missing, null, "" and [] are the
 * same "empty". With no `before` (a first submission) every filled field is "added".
 */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown>): DiffEntry[] {
  const out: DiffEntry[] = [];
  walk(before ?? {}, after, "", out);
  return out;
}
