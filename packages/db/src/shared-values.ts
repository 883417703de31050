/**
 * Answers handed to many readers at once (the search result cache's entries). Each is deep-frozen and marked
 * here, so a consumer may keep what it derives from one — a validated copy, its serialized form — by identity
 * (a WeakMap) and reuse it for every later reader: the value cannot change while it lives, and a new answer (after
 * a write) is a new object, so nothing derived from the old one serves it. Kept on globalThis: the web server's
 * bundles may each hold a copy of this module.
 */
const globalForShared = globalThis as unknown as { karvonSharedValues?: WeakSet<object> };
const shared = (globalForShared.karvonSharedValues ??= new WeakSet<object>());

function deepFreeze(value: unknown): void {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
}

/** Deep-freezes `value` and marks it as shared; returns it. */
export function share<T>(value: T): T {
  deepFreeze(value);
  if (typeof value === "object" && value !== null) shared.add(value);
  return value;
}

/** Whether `value` was marked by `share`: deep-frozen, so anything derived from it holds while it lives. */
export function isShared(value: unknown): value is object {
  return typeof value === "object" && value !== null && shared.has(value);
}
