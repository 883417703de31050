"use client";

import { labelOf, reportReasons, type ReportInput, type ReportReason } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";


/**
 * "Report" on a public page or in the inbox: a signed-in person tells the moderators what is wrong with it (one
 * open report each). `label` names the button where several stand on one page ("Report this message"). Render it
 * for signed-in people only (the page knows from the server session; no auth client in the browser for this).
 */
export function ReportButton({ targetType, targetId, label }: { targetType: ReportInput["targetType"]; targetId: string; label?: string }) {
  const t = useTranslations("moderation.reportForm");
  const locale = useLocale();
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason>("spam");
  const [note, setNote] = useState("");
  const send = useMutation(trpc.report.create.mutationOptions({ onError: errors.fromError }));

  if (send.isSuccess) return <FormAlert tone="success">{t("sent")}</FormAlert>;
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="min-h-11 self-start text-sm text-slate-600 underline hover:text-red-700 dark:text-slate-400">
        {label ?? t("open")}
      </button>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    send.mutate({ targetType, targetId, reason, note: note.trim() === "" ? undefined : note.trim() });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900" data-testid="report-form">
      <p className="font-semibold">{t("title")}</p>
      <label htmlFor={`${formId}-reason`} className="font-medium">
        {t("reason")}
      </label>
      <select id={`${formId}-reason`} value={reason} onChange={(event) => setReason(event.target.value as ReportReason)} className={controlClasses}>
        {reportReasons.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {labelOf(entry, locale)}
          </option>
        ))}
      </select>
      <label htmlFor={`${formId}-note`} className="font-medium">
        {t("note")}
      </label>
      <textarea id={`${formId}-note`} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} className={controlClasses} />
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={send.isPending} className="min-h-11 rounded-md bg-red-700 px-4 font-semibold text-white hover:bg-red-800 disabled:opacity-50">
          {t("send")}
        </button>
        <Button onClick={() => setOpen(false)} variant="secondary">
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
