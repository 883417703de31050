"use client";

import { contactPurposes, contactRequestSchema, labelOf } from "@karvon/data";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, type FormEvent } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import type { OwnListingOption } from "./express-interest";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";

type Props = {
  companyId: string;
  companyName: string;
  listingId?: string;
  myListings: readonly OwnListingOption[];
  /** Made when the form opened; every submission of this form sends it, so a double click creates one request. */
  idempotencyKey: string;
  onSent: () => void;
  onCancel: () => void;
};


/**
 * The "Express interest" form itself. Loaded on demand (next/dynamic in express-interest.tsx) when a person opens
 * it: its validation schema pulls zod into the browser, which a company or listing page should not pay for up front.
 */
export function ExpressInterestForm({ companyId, companyName, listingId, myListings, idempotencyKey, onSent, onCancel }: Props) {
  const t = useTranslations("contact.express");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const formId = useId();
  const send = useMutation(
    trpc.contact.send.mutationOptions({
      onSuccess: async () => {
        onSent();
        await queryClient.invalidateQueries({ queryKey: trpc.contact.inbox.queryKey() });
      },
      onError: errors.fromError,
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const form = new FormData(event.currentTarget);
    const about = String(form.get("aboutListingId") ?? "");
    const input = {
      targetCompanyId: companyId,
      targetListingId: listingId,
      aboutListingId: about === "" ? undefined : about,
      purpose: String(form.get("purpose") ?? ""),
      message: String(form.get("message") ?? ""),
      idempotencyKey,
    };
    const parsed = contactRequestSchema.safeParse(input);
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    send.mutate(parsed.data);
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${formId}-title`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={`${formId}-title`} className="text-lg font-semibold">
        {t("title", { company: companyName })}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro", { company: companyName })}</p>
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}

      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("purpose")}
        <select name="purpose" required defaultValue="" className={controlClasses} aria-invalid={errors.messageOf("purpose") ? true : undefined}>
          <option value="" disabled>
            —
          </option>
          {contactPurposes.map((purpose) => (
            <option key={purpose.code} value={purpose.code}>
              {labelOf(purpose, locale)}
            </option>
          ))}
        </select>
        {errors.messageOf("purpose") ? <span className="font-normal text-red-700 dark:text-red-400">{errors.messageOf("purpose")}</span> : null}
      </label>

      {myListings.length > 0 ? (
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("aboutListing")}
          <select name="aboutListingId" defaultValue="" className={controlClasses}>
            <option value="">{t("noListing")}</option>
            {myListings.map((listing) => (
              <option key={listing.id} value={listing.id}>
                {listing.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}

      <label htmlFor={`${formId}-message`} className="text-sm font-medium">
        {t("message")}
      </label>
      <textarea
        id={`${formId}-message`}
        name="message"
        rows={5}
        required
        minLength={10}
        maxLength={2000}
        aria-describedby={`${formId}-hint`}
        aria-invalid={errors.messageOf("message") ? true : undefined}
        className={controlClasses}
      />
      <p id={`${formId}-hint`} className="-mt-2 text-xs text-slate-600 dark:text-slate-400">
        {t("messageHint")}
      </p>
      {errors.messageOf("message") ? (
        <p className="text-sm text-red-700 dark:text-red-400" data-testid="error-message">
          {errors.messageOf("message")}
        </p>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          disabled={send.isPending}
          aria-busy={send.isPending || undefined}
        >
          {send.isPending ? t("sending") : t("submit")}
        </Button>
        <Button
          onClick={onCancel}
          variant="secondary"
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
