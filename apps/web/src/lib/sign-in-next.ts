import { locales, type Locale } from "@karvon/data";

/** Where to go after signing in: a path of this portal without its locale, and the locale it named, if any. */
export type SignInTarget = { pathname: string; locale?: Locale };

const fallback: SignInTarget = { pathname: "/account" };
const localePrefix = new RegExp(`^/(${locales.join("|")})(?=[/?#]|$)(.*)$`, "s");

/**
 * Reads the `next` parameter of the sign-in page. Only paths of this portal are followed (no open redirect).
 * Links put the full path in it (`/en/companies/x`), but the locale-aware router adds the locale itself, so
 * the locale segment is split off here: pushing the full path would land on `/en/en/companies/x`.
 */
export function signInTarget(next: string | undefined): SignInTarget {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  const match = localePrefix.exec(next);
  if (match === null) return { pathname: next };
  const rest = match[2] ?? "";
  const pathname = rest.startsWith("/") ? rest : `/${rest}`;
  // "/en//evil.example" must not become a protocol-relative address.
  if (pathname.startsWith("//")) return fallback;
  return { pathname, locale: match[1] as Locale };
}
