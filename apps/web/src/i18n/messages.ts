import type { Locale } from "@karvon/data";

/**
 * Messages are split into one file per area (messages/<locale>/<namespace>.json); each file's name is its
 * namespace. Add a namespace here when you add a file, in all four locales.
 */
export const namespaces = ["common", "home", "errors", "contact", "auth", "account", "search", "listings", "moderation", "cooperation", "companies", "notifications", "developers", "events", "imports", "advisers"] as const;
export type Namespace = (typeof namespaces)[number];

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => {
      const module = (await import(`../../messages/${locale}/${namespace}.json`)) as { default: Messages };
      return [namespace, module.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
