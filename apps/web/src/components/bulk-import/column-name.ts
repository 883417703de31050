import { companyColumns, type Locale } from "@karvon/data";

/** The name of a column of the file in the reader's language; "description" is the profile's description as a whole. */
export function columnName(column: string, locale: Locale, description: string): string {
  return companyColumns.find((entry) => entry.key === column)?.labels[locale] ?? (column === "description" ? description : column);
}
