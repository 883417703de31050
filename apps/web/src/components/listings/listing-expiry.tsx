"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNow, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useRouter } from "@/i18n/navigation";
import { fieldErrorsOf, useTranslateError } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { dayMs, expiryStateOf, type ExpiryState } from "./expiry-state";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { Button } from "@/components/ui/button";

const tone: Record<ExpiryState, string> = {
  none: "",
  active: "text-slate-700 dark:text-slate-300",
  expiring: "text-amber-900 dark:text-amber-100",
  expired: "text-red-800 dark:text-red-200",
};

/**
 * For the listing's own company: until when it stays in search, that it has expired, and "Renew" (another six
 * months from today) when it has expired or expires soon. `compact` is the dashboard's one-line form.
 */
export function ListingExpiry({ listingId, validUntil, compact = false }: { listingId: string; validUntil: Date | string | null; compact?: boolean }) {
  const t = useTranslations("listings.expiry");
  const formatDate = useDateFormat();
  const now = useNow({ updateInterval: 60_000 });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const translateError = useTranslateError();
  const [until, setUntil] = useState<Date | null>(validUntil === null ? null : new Date(validUntil));
  const renew = useMutation(
    trpc.listing.renew.mutationOptions({
      onSuccess: async (row) => {
        const next = row.validUntil === null ? null : new Date(row.validUntil);
        setUntil(next);
        toast.success(t("renewed", { date: next === null ? "" : formatDate(next, "longDate") }));
        await queryClient.invalidateQueries({ queryKey: trpc.listing.mine.pathKey() });
        router.refresh();
      },
      onError: (error) => toast.error(translateError(fieldErrorsOf(error).form ?? "errors.internal")),
    }),
  );

  const state = expiryStateOf(until, now);
  if (state === "none" || until === null) return null;
  const date = formatDate(until, "longDate");
  const days = Math.max(0, Math.ceil((until.getTime() - now.getTime()) / dayMs));
  const message = state === "expired" ? t("expired", { date }) : state === "expiring" ? t("expiresSoon", { date, days }) : t("expiresOn", { date });

  return (
    <div
      data-testid="listing-expiry"
      data-state={state}
      className={
        compact
          ? "flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
          : `flex flex-col gap-3 rounded-xl border p-4 text-sm ${state === "expired" ? "border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950" : state === "expiring" ? "border-amber-300 bg-amber-50 dark:border-amber-900 dark:bg-amber-950" : "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"}`
      }
    >
      {compact ? null : <p className="font-semibold">{t("title")}</p>}
      <p className={tone[state]}>{message}</p>
      {state === "expired" && !compact ? <p className="text-slate-700 dark:text-slate-300">{t("expiredExplain")}</p> : null}
      {state === "active" ? null : (
        <Button
          disabled={renew.isPending}
          onClick={() => renew.mutate({ listingId })}
          className="w-fit"
        >
          {renew.isPending ? t("renewing") : t("renew")}
        </Button>
      )}
    </div>
  );
}
