/** PostgreSQL error codes as both drivers report them (drizzle wraps the driver's error as `cause`). */
function sqlState(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current !== null && typeof current === "object" && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A unique (23505), foreign-key (23503) or restrict (23001) violation: someone else took the place, it is not in
 * both companies' availability, or a meeting still holds the slot being removed.
 */
export function isPlacementClash(error: unknown): boolean {
  const code = sqlState(error);
  return code === "23505" || code === "23503" || code === "23001";
}
