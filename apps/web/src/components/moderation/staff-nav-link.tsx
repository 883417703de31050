"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";

const refreshEveryMs = 60_000;

/** "Moderation" in the header, with how many items wait; the header shows it to staff only. */
export function StaffNavLink() {
  const t = useTranslations("moderation.nav");
  const trpc = useTRPC();
  const counts = useQuery({ ...trpc.moderation.counts.queryOptions({}), refetchInterval: refreshEveryMs });
  const waiting = counts.data ? counts.data.company + counts.data.listing + counts.data.edit + counts.data.report : null;
  return (
    <Link href="/admin" className="inline-flex min-h-11 items-center gap-1 whitespace-nowrap text-sm hover:text-brand-600" data-testid="staff-nav-link">
      {t("desk")}
      {waiting !== null && waiting > 0 ? (
        <span className="rounded-full bg-amber-700 px-1.5 text-xs font-semibold text-white" data-testid="staff-queue-count">
          <span aria-hidden="true">{waiting}</span>
          <span className="sr-only">{t("waiting", { count: waiting })}</span>
        </span>
      ) : null}
    </Link>
  );
}
