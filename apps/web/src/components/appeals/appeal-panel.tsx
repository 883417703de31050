"use client";

import { appealSchema, type ModeratedItemType } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";

/**
 * Under the notice of a suspension or hidden listing: the owner's one appeal — a button opening a short form,
 * then "under review" or the administrators' answer. Members who are not the owner only read the state.
 */
export function AppealPanel({ itemType, itemId }: { itemType: ModeratedItemType; itemId: string }) {
  const t = useTranslations("notifications.appeal");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const item = { itemType, itemId };
  const state = useQuery(trpc.appeal.forItem.queryOptions(item));
  const create = useMutation(trpc.appeal.create.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.appeal.forItem.queryKey(item) }) }));
  const fields = useFieldErrors();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    fields.clear();
    const checked = appealSchema.safeParse({ ...item, message });
    if (!checked.success) return fields.fromZod(checked.error);
    try {
      await create.mutateAsync(checked.data);
      setOpen(false);
    } catch (failure) {
      fields.fromError(failure);
    }
  }

  const appeal = state.data?.appeal ?? null;
  if (appeal !== null) {
    const status = appeal.status as "open" | "granted" | "denied";
    return (
      <div role="status" className="flex flex-col gap-1 text-sm" data-testid="appeal-status" data-status={status}>
        <p className="font-semibold">{t(`status.${status}`)}</p>
        {appeal.decisionNote !== null ? (
          <p>
            <span className="font-medium">{t("adminNote")}:</span> <span className="wrap-anywhere">{appeal.decisionNote}</span>
          </p>
        ) : null}
      </div>
    );
  }
  if (state.data?.canAppeal !== true) return null;
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="inline-flex min-h-11 w-fit items-center rounded-md border border-red-700 bg-white px-4 text-sm font-semibold text-red-900 hover:bg-red-100 dark:border-red-300 dark:bg-red-950 dark:text-red-100" data-testid="appeal-open">
        {t("open")}
      </button>
    );
  }
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100" data-testid="appeal-form">
      <p className="text-sm">{t("once")}</p>
      {fields.errors.form ? <FormAlert tone="error">{fields.messageOf("form")}</FormAlert> : null}
      <TextAreaField
        id={`appeal-message-${itemId}`}
        name="message"
        label={t("message")}
        hint={t("messageHint")}
        isRequired
        maxLength={2000}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        error={fields.messageOf("message") ?? fields.messageOf("itemId")}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={create.isPending}>{t("send")}</SubmitButton>
        <Button onClick={() => setOpen(false)} variant="secondary" size="sm">
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
