/** A published listing may be renewed once it has expired or expires within this many days. */
export const renewWindowDays = 30;
export const dayMs = 24 * 3600 * 1000;

export type ExpiryState = "none" | "active" | "expiring" | "expired";

/** Where a published listing stands against its end of validity. */
export function expiryStateOf(validUntil: Date | null, now: Date): ExpiryState {
  if (validUntil === null) return "none";
  const left = validUntil.getTime() - now.getTime();
  if (left <= 0) return "expired";
  return left <= renewWindowDays * dayMs ? "expiring" : "active";
}
