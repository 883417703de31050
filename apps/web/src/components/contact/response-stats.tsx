"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/client";
import { Section } from "@/components/ui/section";

/** Response rate and median response time of a company, from the requests it really received. */
export function ResponseStats({ companyId }: { companyId: string }) {
  const t = useTranslations("contact.stats");
  const format = useFormatter();
  const trpc = useTRPC();
  const stats = useQuery(trpc.contact.responseStats.queryOptions({ companyId }));
  if (!stats.isSuccess) return null;
  const { responseRate, medianResponseHours, decided } = stats.data;
  const duration =
    medianResponseHours === null
      ? null
      : medianResponseHours < 1
        ? t("lessThanHour")
        : medianResponseHours < 48
          ? t("hours", { count: Math.round(medianResponseHours) })
          : t("days", { count: Math.round(medianResponseHours / 24) });
  return (
    <Section titleId="response-stats-title" title={t("title")} titleClassName="font-semibold" data-testid="response-stats" className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
      {responseRate === null ? (
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t("none")}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-1">
          <li>{t("rate", { percent: format.number(responseRate, { style: "percent", maximumFractionDigits: 0 }) })}</li>
          {duration !== null ? <li>{t("median", { duration })}</li> : null}
          <li className="text-xs text-slate-600 dark:text-slate-400">{t("basis", { count: decided })}</li>
        </ul>
      )}
    </Section>
  );
}
