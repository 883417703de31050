import { companyTemplateHeaders, type Locale } from "@karvon/data";
import { toCsv } from "./csv";

/**
 * The template of a file of companies in one language, as a link's address: the header row only, with a UTF-8
 * byte-order mark so that Excel opens Cyrillic and Azerbaijani letters right. A `data:` address needs no route.
 */
export function companyTemplateHref(locale: Locale): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${toCsv(companyTemplateHeaders(locale), [])}`)}`;
}
