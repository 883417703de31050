"use client";

import { labelOf, moderationDecisions, moderationReasons, type ModeratedItemType, type ModerationDecision, type ModerationReason } from "@karvon/data";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { useErrorText } from "./use-error-text";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";

/** Approve, request changes or reject the version on screen, with reason codes and a note for the company. */
export function DecisionForm({
  itemType,
  itemId,
  version,
  onDecided,
}: {
  itemType: ModeratedItemType;
  itemId: string;
  version: number;
  onDecided?: () => void;
}) {
  const t = useTranslations("moderation.review");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [decision, setDecision] = useState<ModerationDecision>("approve");
  const [reasons, setReasons] = useState<ModerationReason[]>([]);
  const [note, setNote] = useState("");
  const decide = useMutation(
    trpc.moderation.decide.mutationOptions({
      onSuccess: () => onDecided?.(),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.moderation.pathKey() }),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    decide.mutate({ itemType, itemId, version, decision, reasons: decision === "approve" ? [] : reasons, note });
  }

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="decision-form">
      <fieldset>
        <legend className="font-semibold">{t("decide")}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {moderationDecisions.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 dark:border-slate-700">
              <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} />
              {t(`decision.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {decision !== "approve" ? (
        <fieldset>
          <legend className="font-semibold">{t("reasons")}</legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {moderationReasons.map((reason) => (
              <label key={reason.code} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name="reasons"
                  value={reason.code}
                  checked={reasons.includes(reason.code)}
                  onChange={(event) => setReasons(event.target.checked ? [...reasons, reason.code] : reasons.filter((code) => code !== reason.code))}
                />
                {labelOf(reason, locale)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <label className="block">
        <span className="font-semibold">{t("note")}</span>
        <textarea name="note" value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} rows={3} className={`${controlClasses} mt-1 w-full`} />
      </label>
      {decide.error ? <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">{errorText(decide.error)}</p> : null}
      {decide.isSuccess ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{t("done")}</p> : null}
      <Button type="submit" disabled={decide.isPending || decide.isSuccess}>
        {t("submit")}
      </Button>
    </form>
  );
}
