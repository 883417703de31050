/**
 * PostgreSQL text cannot hold U+0000: a string with it fails in the database (a 500) wherever it reaches a
 * query. Every procedure refuses such input up front instead, with BAD_REQUEST.
 */
const maxDepth = 64;

/** True when any string (value or key) anywhere in the input contains U+0000. */
export function containsNulCharacter(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (typeof value !== "object" || value === null || depth > maxDepth) return false;
  if (Array.isArray(value)) return value.some((item) => containsNulCharacter(item, depth + 1));
  return Object.entries(value).some(
    ([key, item]) => key.includes("\u0000") || containsNulCharacter(item, depth + 1),
  );
}
