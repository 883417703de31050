"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";

const refreshEveryMs = 60_000;

/** "Inbox" in the header with the count of unread messages; the header shows it to signed-in people only. */
export function UnreadBadge() {
  const t = useTranslations("contact.badge");
  const trpc = useTRPC();
  const unread = useQuery({ ...trpc.contact.unreadCount.queryOptions(), refetchInterval: refreshEveryMs });
  if (!unread.isSuccess || unread.data === null) return null;
  const count = unread.data;
  return (
    <Link href="/inbox" className="relative inline-flex min-h-11 items-center gap-1 text-sm hover:text-brand-600" data-testid="inbox-link">
      {t("inbox")}
      {count > 0 ? (
        <span className="rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white" data-testid="unread-badge">
          <span aria-hidden="true">{count}</span>
          <span className="sr-only">{t("unread", { count })}</span>
        </span>
      ) : null}
    </Link>
  );
}
