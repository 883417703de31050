import type { Locale } from "./locales";

/** A text in each of the four interface languages. */
export type Labels = Record<Locale, string>;

/** Builds a `Labels` record; argument order is always en, ru, uz, az. */
export function labels(en: string, ru: string, uz: string, az: string): Labels {
  return { en, ru, uz, az };
}

/** The label of a record in the given locale, falling back to English. */
export function labelOf(record: { labels: Labels }, locale: Locale): string {
  const text = record.labels[locale];
  return text !== "" ? text : record.labels.en;
}

/** A non-empty tuple of codes taken from an `as const` array of records, for `z.enum`. */
export function codesOf<const T extends readonly { code: string }[]>(
  items: T,
): readonly [T[number]["code"], ...T[number]["code"][]] {
  return items.map((item) => item.code) as unknown as readonly [T[number]["code"], ...T[number]["code"][]];
}

/** Looks a record up by code, or `undefined`. */
export function byCode<T extends { code: string }>(items: readonly T[], code: string): T | undefined {
  return items.find((item) => item.code === code);
}
