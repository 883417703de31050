import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { layoutNamespaces, routeNamespaces, type ClientRoute } from "./client-namespaces";
import type { Messages } from "./messages";

/** The parts of `messages` the dotted paths name, nested as in the original ("contact.badge" → { contact: { badge } }). */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = messages;
    for (const key of keys) source = (source as Record<string, unknown> | undefined)?.[key];
    if (source === undefined) throw new Error(`messages lack ${path}`);
    let target = picked;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      if (typeof next !== "object" || next === null) target[key] = {};
      target = target[key] as Messages;
    }
    const last = keys[keys.length - 1] as string;
    const existing = target[last];
    target[last] = typeof existing === "object" && existing !== null ? { ...(existing as Messages), ...(source as Messages) } : source;
  }
  return picked;
}

/**
 * The browser's messages for the header and footer (no `route`), or for one route folder's client components
 * (a nested provider replaces the outer one's messages, so it carries the layout's too).
 */
export async function ClientMessages({ route, children }: { route?: ClientRoute; children: ReactNode }) {
  const paths = route === undefined ? layoutNamespaces : [...layoutNamespaces, ...routeNamespaces[route]];
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), paths)}>{children}</NextIntlClientProvider>;
}
