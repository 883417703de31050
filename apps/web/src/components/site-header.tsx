import type { Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { Suspense } from "react";
import { Link } from "../i18n/navigation";
import { getSession } from "../server/session";
import { LanguageSwitcher } from "./language-switcher";
import { StaffNavLink } from "./moderation/staff-nav-link";
import { NotificationBadge } from "./notifications/notification-badge";
import { UnreadBadge } from "./unread-badge";
import { UserMenu } from "./user-menu";

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
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold text-brand-700 dark:text-brand-100">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-600 text-white">
            K
          </span>
          Karvon
        </Link>
        <nav aria-label={t("nav.label")} className="order-last flex basis-full flex-wrap items-center gap-x-4 text-sm sm:order-none sm:flex-1 sm:basis-auto">
          <Link href="/search" className="inline-flex min-h-11 items-center hover:text-brand-600">
            {t("nav.search")}
          </Link>
          <Link href="/cooperation" className="inline-flex min-h-11 items-center hover:text-brand-600">
            {t("nav.cooperation")}
          </Link>
          {user ? (
            <Link href="/dashboard" className="inline-flex min-h-11 items-center hover:text-brand-600" data-testid="my-companies-link">
              {t("nav.myCompanies")}
            </Link>
          ) : null}
        </nav>
        {isStaff ? <StaffNavLink /> : null}
        {user ? <UnreadBadge /> : null}
        {user ? <NotificationBadge /> : null}
        <UserMenu user={user} />
        <Suspense>
          <LanguageSwitcher />
        </Suspense>
      </div>
    </header>
  );
}
