"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";

const refreshEveryMs = 60_000;

/** A bell in the header with the count of unread notices; the header shows it to signed-in people only. */
export function NotificationBadge() {
  const t = useTranslations("notifications.badge");
  const trpc = useTRPC();
  const unread = useQuery({ ...trpc.notification.unreadCount.queryOptions({}), refetchInterval: refreshEveryMs });
  const count = unread.data ?? 0;
  if (unread.data === null) return null;
  return (
    <Link
      href="/notifications"
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md text-sm hover:text-brand-600"
      data-testid="notifications-link"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="sr-only">{t("link")}</span>
      {count > 0 ? (
        <span className="rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white" data-testid="notifications-badge">
          <span aria-hidden="true">{count}</span>
          <span className="sr-only">{t("unread", { count })}</span>
        </span>
      ) : null}
    </Link>
  );
}
