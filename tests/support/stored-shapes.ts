import type { CompanyProfile, ListingContent } from "@karvon/data";

/** The stored shape with every code list and code union widened to strings: what fixtures and seeds hold. */
type Loose<T> = { [K in keyof T]?: LooseValue<NonNullable<T[K]>> };
type LooseValue<V> = V extends readonly unknown[] ? readonly string[] : V extends string ? string : V;

/*
 * Fixtures and the benchmark write rows straight into the tables, with codes as plain strings (seeds, the
 * benchmark's vocabularies). The app itself stores only what its zod schemas parsed. These two functions are the
 * one place such values take the stored types: field names and value shapes are still checked, only the code
 * unions are not spelled out by every fixture.
 */
export function storedProfile(value: Loose<CompanyProfile>): CompanyProfile {
  return value as CompanyProfile;
}

export function storedListing(value: Loose<ListingContent>): ListingContent {
  return value as ListingContent;
}
