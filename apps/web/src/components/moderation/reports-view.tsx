"use client";

import { labelOf, localizedTextOf, moderationReasons, reportActions, reportReasons, byCode, type ModerationReason, type ReportAction } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";
import { MessageText } from "../contact/message-text";
import { AppealsSection } from "./appeals-section";
import { useErrorText } from "./use-error-text";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";

type ReportRow = { id: string; targetType: string; targetId: string; reason: string; note: string | null; reporterName: string; targetCompanyName: string | null; targetCompanySlug: string | null; targetListingTitle: Record<string, string> | null; targetExcerpt: string | null; createdAt: Date };

function ResolveForm({ report }: { report: ReportRow }) {
  const t = useTranslations("moderation");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [action, setAction] = useState<ReportAction>("dismiss");
  const [reasons, setReasons] = useState<ModerationReason[]>([]);
  const [note, setNote] = useState("");
  // Refresh counts and queues, but keep the open-reports list as it is so the "Resolved" confirmation stays visible.
  const reportsList = trpc.moderation.reports.list.pathKey()[0];
  const resolve = useMutation(
    trpc.moderation.reports.resolve.mutationOptions({
      onSettled: () =>
        queryClient.invalidateQueries({ queryKey: trpc.moderation.pathKey(), predicate: (query) => JSON.stringify(query.queryKey[0]) !== JSON.stringify(reportsList) }),
    }),
  );
  const actions = reportActions.filter((value) => value !== "hide" || report.targetType === "listing");
  return (
    <form
      className="mt-3 space-y-3"
      data-testid="resolve-form"
      onSubmit={(event) => {
        event.preventDefault();
        resolve.mutate({ reportId: report.id, action, reasons, note });
      }}
    >
      <label className="flex items-center gap-2 text-sm">
        <span>{t("review.decide")}</span>
        <select name="action" value={action} onChange={(event) => setAction(event.target.value as ReportAction)} className={controlClasses}>
          {actions.map((value) => <option key={value} value={value}>{t(`reports.action.${value}`)}</option>)}
        </select>
      </label>
      {action !== "dismiss" ? (
        <div className="grid gap-1 text-sm sm:grid-cols-2">
          {moderationReasons.map((reason) => (
            <label key={reason.code} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="reasons" value={reason.code} checked={reasons.includes(reason.code)} onChange={(event) => setReasons(event.target.checked ? [...reasons, reason.code] : reasons.filter((code) => code !== reason.code))} />
              {labelOf(reason, locale)}
            </label>
          ))}
        </div>
      ) : null}
      <textarea name="note" aria-label={t("review.note")} placeholder={t("review.note")} value={note} onChange={(event) => setNote(event.target.value)} rows={2} className={`${controlClasses} w-full text-sm`} />
      {resolve.error ? <p role="alert" className="text-sm text-rose-700">{errorText(resolve.error)}</p> : null}
      {resolve.isSuccess ? <p role="status" className="text-sm text-emerald-700">{t("reports.resolved")}</p> : null}
      <Button type="submit" disabled={resolve.isPending || resolve.isSuccess} size="sm">{t("reports.resolve")}</Button>
    </form>
  );
}

/** What was reported, by name, linked to its public page (a listing by its title, with its company). */
function ReportTarget({ report }: { report: ReportRow }) {
  const t = useTranslations("moderation.reports");
  const locale = useLocale();
  const company = report.targetCompanyName ?? "—";
  const link = "font-medium text-brand-700 underline dark:text-brand-100";
  if (report.targetType === "listing") {
    const title = report.targetListingTitle === null ? "" : localizedTextOf(report.targetListingTitle, locale);
    return (
      <>
        <Link href={`/listings/${report.targetId}`} className={link}>{title === "" ? t("openTarget") : title}</Link>
        {" "}({report.targetCompanySlug === null ? company : <Link href={`/companies/${report.targetCompanySlug}`} className={link}>{company}</Link>})
      </>
    );
  }
  if (report.targetCompanySlug === null) return <>{company}</>;
  return <Link href={`/companies/${report.targetCompanySlug}`} className={link}>{company}</Link>;
}

/** Open reports with the resolve form; appeals for admins. */
export function ReportsView({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("moderation.reports");
  const locale = useLocale();
  const formatDate = useDateFormat();
  const trpc = useTRPC();
  const reports = useQuery(trpc.moderation.reports.list.queryOptions({ status: "open" }));
  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title" className="text-2xl font-semibold">{t("title")}</h1>
      {reports.data?.length === 0 ? <p className="mt-4 text-slate-600">{t("empty")}</p> : null}
      <ul className="mt-4 space-y-4">
        {reports.data?.map((report) => {
          const reason = byCode(reportReasons, report.reason);
          return (
            <li key={report.id} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="report-item">
              <p className="font-medium" data-testid="report-target">
                {t(`target.${report.targetType as "company"}`)}: <ReportTarget report={report} /> — {reason ? labelOf(reason, locale) : report.reason}
              </p>
              <p className="text-sm text-slate-600 dark:text-slate-400">{t("by", { name: report.reporterName, date: formatDate(report.createdAt, "date") })}</p>
              {report.targetExcerpt !== null ? (
                <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-sm dark:border-slate-700" data-testid="report-excerpt">
                  <p className="text-xs font-medium text-slate-600 dark:text-slate-400">{t("reportedText")}</p>
                  <MessageText text={report.targetExcerpt} />
                </blockquote>
              ) : null}
              {report.note ? <p className="mt-1 whitespace-pre-line text-sm">“{report.note}”</p> : null}
              <ResolveForm report={report} />
            </li>
          );
        })}
      </ul>
      {isAdmin ? <AppealsSection /> : null}
    </section>
  );
}
