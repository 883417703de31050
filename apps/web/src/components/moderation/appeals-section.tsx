"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { useErrorText } from "./use-error-text";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { Button, TextLink } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { Section } from "@/components/ui/section";

type AppealRow = { id: string; kind: string; itemType: string; itemId: string; companyName: string; message: string; createdAt: Date };

/** One open appeal: what it contests (linked to its review page), the owner's words, grant or deny with a note. */
function AppealItem({ appeal }: { appeal: AppealRow }) {
  const t = useTranslations("moderation");
  const formatDate = useDateFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [note, setNote] = useState("");
  // Refresh counts and queues but keep the open-appeals list as it is, so the confirmation stays visible.
  const appealsList = JSON.stringify(trpc.moderation.appeals.list.pathKey()[0]);
  const decide = useMutation(
    trpc.moderation.appeals.decide.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.moderation.pathKey(), predicate: (query) => JSON.stringify(query.queryKey[0]) !== appealsList }),
    }),
  );
  const decideAs = (outcome: "granted" | "denied") => decide.mutate({ appealId: appeal.id, outcome, ...(note.trim() === "" ? {} : { note }) });
  const done = decide.isSuccess;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="appeal-item">
      <p className="font-medium">
        {appeal.companyName} — {t(`reports.appealKind.${appeal.kind as "rejection"}`)}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("reports.appealBy", { date: formatDate(appeal.createdAt, "date") })}</p>
      <TextLink href={`/admin/review/${appeal.itemType}/${appeal.itemId}`} className="inline-flex min-h-11 items-center text-sm font-medium">
        {t("reports.appealedItem")}
      </TextLink>
      <p className="mt-1 whitespace-pre-line wrap-anywhere text-sm">{appeal.message}</p>
      <textarea name="note" aria-label={t("review.note")} placeholder={t("review.note")} value={note} onChange={(event) => setNote(event.target.value)} rows={2} maxLength={1000} className={`${controlClasses} mt-3 w-full text-sm`} />
      {decide.error ? <p role="alert" className="mt-2 text-sm text-rose-700 dark:text-rose-300">{errorText(decide.error)}</p> : null}
      {done ? <p role="status" className="mt-2 text-sm text-emerald-700 dark:text-emerald-300">{t("reports.appealDone")}</p> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" disabled={decide.isPending || done} onClick={() => decideAs("granted")} className="min-h-11 rounded-md bg-emerald-700 px-4 text-sm text-white disabled:opacity-60">{t("reports.grant")}</button>
        <Button disabled={decide.isPending || done} onClick={() => decideAs("denied")} variant="secondary" size="sm">{t("reports.deny")}</Button>
      </div>
    </li>
  );
}

/** Open appeals, for admins: each decided by an administrator other than the one who took the decision. */
export function AppealsSection() {
  const t = useTranslations("moderation.reports");
  const trpc = useTRPC();
  const appeals = useQuery(trpc.moderation.appeals.list.queryOptions({ status: "open" }));
  return (
    <Section titleId="appeals-title" title={t("appeals")} className="mt-10">
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("appealRule")}</p>
      {appeals.data?.length === 0 ? <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("noAppeals")}</p> : null}
      <ul className="mt-3 space-y-3">
        {appeals.data?.map((appeal) => <AppealItem key={appeal.id} appeal={appeal} />)}
      </ul>
    </Section>
  );
}
