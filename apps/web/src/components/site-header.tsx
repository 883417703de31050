import type { Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { Suspense } from "react";
import { Link } from "../i18n/navigation";
import { getSession } from "../server/session";
import { api } from "../trpc/server";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitcher } from "./language-switcher";
import { NotificationBadge, StaffNavLink, UnreadBadge } from "./header-badges";
import { UserMenu } from "./user-menu";

/** One line each: a label that wraps makes the row taller than the logo (Russian labels are the longest). */
const navLinkClass = "inline-flex min-h-11 items-center whitespace-nowrap hover:text-brand-600";

/**
 * The session is read here, on the server, so the header arrives already right for the person (no flash of
 * "Sign in" before the browser asks who is signed in). Signing in, out or verifying calls router.refresh(),
 * which renders it again.
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const session = await getSession(await headers());
  const user = session ? { name: session.user.name } : null;
  const isStaff = session?.user.role === "moderator" || session?.user.role === "admin";
  // One query, only for a signed-in person: visitors' pages stay as they were, and the link is plain HTML.
  const isAdviser = session !== null && !session.user.banned && (await (await api()).advisers.mine())?.status === "approved";
  return (
    <header className="relative border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      {/* Wider than the pages' column, so that a person's links, account and language fit one row at 1280 px in
          every language; when they do not (staff and advisers have more links), the account and the language move
          to a second row rather than the page scrolling sideways. */}
      <div className="mx-auto flex max-w-7xl items-center gap-x-3 px-4 py-2 sm:flex-wrap sm:gap-x-5 sm:py-3">
        <Link href="/" className="flex min-h-11 shrink-0 items-center gap-2 text-lg font-bold text-brand-700 dark:text-brand-100">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-600 text-white">
            K
          </span>
          Karvon
        </Link>
        {/* Inbox and notices stay in the row on phones too: their counts are what a person looks for. */}
        {user ? (
          <div className="ml-auto flex items-center gap-x-3 sm:order-1 sm:ml-0">
            <UnreadBadge />
            <NotificationBadge />
          </div>
        ) : (
          <span className="ml-auto sm:hidden" />
        )}
        <HeaderMenu label={t("menu")}>
          <nav aria-label={t("nav.label")} className="flex flex-col text-sm sm:flex-1 sm:flex-row sm:items-center sm:gap-x-4">
            <Link href="/search" className={navLinkClass}>
              {t("nav.search")}
            </Link>
            <Link href="/cooperation" className={navLinkClass}>
              {t("nav.cooperation")}
            </Link>
            <Link href="/events" className={navLinkClass}>
              {t("nav.events")}
            </Link>
            {user ? (
              <Link href="/dashboard" className={navLinkClass} data-testid="my-companies-link">
                {t("nav.myCompanies")}
              </Link>
            ) : null}
            {isAdviser ? (
              <Link href="/advisers" className={navLinkClass} data-testid="my-clients-link">
                {t("nav.myClients")}
              </Link>
            ) : null}
          </nav>
          {isStaff ? <StaffNavLink /> : null}
          <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-2 sm:order-2 sm:ml-auto sm:flex-nowrap sm:gap-4 sm:border-0 sm:pt-0 dark:border-slate-800">
            <UserMenu user={user} />
            <Suspense>
              <LanguageSwitcher />
            </Suspense>
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
