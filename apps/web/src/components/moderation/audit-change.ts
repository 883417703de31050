import { byCode, countries, labelOf, moderationReasons, reportReasons, type Locale } from "@karvon/data";

/** Translations of the moderation namespace, looked up by a key built at run time. */
export type ModerationWords = { has: (key: string) => boolean; text: (key: string) => string };

/** Where the label of a value of each audit key comes from: messages of the moderation namespace or @karvon/data. */
const messageKeyOf: Record<string, (value: string) => string[]> = {
  status: (value) => [`review.reportStatus.${value}`, `status.${value}`],
  verificationLevel: (value) => [`status.${value}`],
  action: (value) => [`reports.action.${value}`],
  role: (value) => [`staff.roles.${value}`],
};

/** A value recorded in the audit log, as a person reads it in their language; unknown values stay as they are. */
export function auditValueLabel(key: string, value: string, locale: Locale, words: ModerationWords): string {
  const found = (messageKeyOf[key]?.(value) ?? []).find((candidate) => words.has(candidate));
  if (found !== undefined) return words.text(found);
  if (key === "reasons" || key === "reason") {
    const reason = byCode(moderationReasons, value) ?? byCode(reportReasons, value);
    if (reason !== undefined) return labelOf(reason, locale);
  }
  if (key === "countries") {
    const country = byCode(countries, value);
    if (country !== undefined) return labelOf(country, locale);
  }
  return value;
}

/** Keys that only cross-reference other rows by id: a person reads nothing from them. */
const idKeys = new Set(["alsoClosed", "companyId", "adviserOrganizationId"]);

type ChangeWords = { keyLabel: (key: string) => string; valueLabel: (key: string, value: string) => string; yes: string; no: string };

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The before/after of an audit row as one line: "status: open → action taken; reasons: Fraud". Keys and values in
 * the reader's language where known.
 */
export function auditChangeText(words: ChangeWords) {
  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return value ? words.yes : words.no;
    if (Array.isArray(value)) return value.length === 0 ? "—" : value.map((item) => show(key, item)).join(", ");
    if (typeof value === "string") return words.valueLabel(key, value);
    if (typeof value === "number") return String(value);
    return Object.entries(record(value)).map(([inner, item]) => `${words.keyLabel(inner)}: ${show(inner, item)}`).join(", ");
  };
  return (before: unknown, after: unknown): string => {
    const old = record(before);
    const now = record(after);
    const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((key) => !idKeys.has(key));
    if (keys.length === 0) return "—";
    return keys
      .map((key) => {
        const label = words.keyLabel(key);
        if (!(key in old)) return `${label}: ${show(key, now[key])}`;
        if (!(key in now)) return `${label}: ${show(key, old[key])} → —`;
        return `${label}: ${show(key, old[key])} → ${show(key, now[key])}`;
      })
      .join("; ");
  };
}
