"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { fieldErrorsOf, useTranslateError } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { Button, TextLink } from "@/components/ui/button";

export function AcceptInvitation({ invitationId }: { invitationId: string }) {
  const t = useTranslations("companies.invitation");
  const translate = useTranslateError();
  const trpc = useTRPC();
  const router = useRouter();
  const invitation = useQuery(trpc.company.invitation.queryOptions({ invitationId }));
  const accept = useMutation(trpc.company.acceptInvitation.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  if (invitation.isPending) return <p>{t("loading")}</p>;
  if (invitation.isError) return <FormAlert tone="error">{translate(fieldErrorsOf(invitation.error).form)}</FormAlert>;
  const data = invitation.data;
  return (
    <div className="flex flex-col gap-4">
      <p>{t("text", { company: data.companyName })}</p>
      {error ? <FormAlert tone="error">{translate(error)}</FormAlert> : null}
      {data.status !== "pending" ? <FormAlert tone="info">{t("used")}</FormAlert> : null}
      {data.status === "pending" && !data.forMe ? <FormAlert tone="error">{translate("errors.company.invitationOtherEmail")}</FormAlert> : null}
      {data.status === "pending" && data.expired ? <FormAlert tone="error">{translate("errors.company.invitationExpired")}</FormAlert> : null}
      {data.status === "pending" && data.forMe && !data.expired ? (
        <div>
          <Button
            disabled={accept.isPending}
            onClick={async () => {
              try {
                await accept.mutateAsync({ invitationId });
                router.push("/dashboard");
              } catch (failure) {
                setError(fieldErrorsOf(failure).form ?? "errors.internal");
              }
            }}
          >
            {t("accept")}
          </Button>
        </div>
      ) : (
        <TextLink href="/dashboard">
          {t("toDashboard")}
        </TextLink>
      )}
    </div>
  );
}
