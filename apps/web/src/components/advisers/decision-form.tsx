"use client";

import { adviserOrganizationDecisionSchema } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

/** Staff's answer to one application: approve, or reject with the reason the applicant will read. */
export function AdviserDecisionForm({ organizationId, name }: { organizationId: string; name: string }) {
  const t = useTranslations("advisers.staff");
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const [decided, setDecided] = useState<"approve" | "reject" | null>(null);
  const decide = useMutation(trpc.advisers.decide.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const decision = submitter instanceof HTMLButtonElement && submitter.value === "reject" ? "reject" : "approve";
    const parsed = adviserOrganizationDecisionSchema.safeParse({ organizationId, decision, reason: String(new FormData(event.currentTarget).get("reason") ?? "") });
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    // The decided application stays on the page with its outcome; the list is fresh at the next visit.
    decide.mutate(parsed.data, { onError: errors.fromError, onSuccess: () => setDecided(decision) });
  }

  if (decided !== null) return <FormAlert tone="success">{t(decided === "approve" ? "approved" : "rejected", { name })}</FormAlert>;
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={name}>
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <TextAreaField name="reason" id={`reason-${organizationId}`} label={t("reason")} hint={t("reasonHint")} rows={2} maxLength={1000} error={errors.messageOf("reason")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approve" disabled={decide.isPending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="secondary" disabled={decide.isPending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
