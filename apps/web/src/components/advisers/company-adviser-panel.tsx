"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { Button, TextLink } from "@/components/ui/button";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { fieldErrorsOf, useTranslateError } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";

/**
 * On a company's dashboard card, the organisation of advisers that brought it: since when and in which state, the
 * way to what it did in the company's name, and for the owner the withdrawal (as the consent link's). Nothing
 * for a company no organisation brought.
 */
export function CompanyAdviserPanel({ companyId, isOwner }: { companyId: string; isOwner: boolean }) {
  const t = useTranslations("advisers.companyCard");
  const translate = useTranslateError();
  const format = useDateFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const adviser = useQuery(trpc.advisers.companyAdviser.queryOptions({ companyId }));
  const withdraw = useMutation(
    trpc.advisers.withdrawCompanyAdviser.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.advisers.companyAdviser.queryKey({ companyId }) }),
    }),
  );
  const [error, setError] = useState<string | null>(null);
  const data = adviser.data;
  if (data === undefined || data === null) return null;
  const date = format(data.status === "withdrawn" ? (data.withdrawnAt ?? data.since) : data.since, "date");

  async function confirmWithdrawal(organization: string) {
    if (!window.confirm(t("confirmWithdraw", { organization }))) return;
    setError(null);
    try {
      await withdraw.mutateAsync({ companyId });
    } catch (failure) {
      setError(fieldErrorsOf(failure).form ?? "errors.internal");
    }
  }

  return (
    <div className="flex flex-col gap-2 rounded-lg bg-sand-100 p-4 text-sm dark:bg-slate-800" data-testid="company-adviser">
      <p className="font-medium">{t("supportedBy", { organization: data.organizationName })}</p>
      <p data-testid="company-adviser-state">{t(`state.${data.status}`, { date })}</p>
      {error ? <FormAlert tone="error">{translate(error)}</FormAlert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <TextLink href={`/dashboard/adviser/${companyId}`} data-testid="company-adviser-activity-link">
          {t("activity", { organization: data.organizationName })}
        </TextLink>
        {isOwner && data.status !== "withdrawn" ? (
          <Button variant="danger" size="sm" disabled={withdraw.isPending} onClick={() => void confirmWithdrawal(data.organizationName)}>
            {t("withdraw")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
