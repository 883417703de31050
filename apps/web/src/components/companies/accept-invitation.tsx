"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { fieldErrorsOf, useTranslateError } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { Button, TextLink } from "@/components/ui/button";

/**
 * Accepts an invitation link: into a company's team ("company"), or into an organisation of advisers ("adviser").
 * Both follow the same rules (the invited address, confirmed, before the link expires); only the words and where
 * the person lands differ.
 */
export function AcceptInvitation({ invitationId, kind = "company" }: { invitationId: string; kind?: "company" | "adviser" }) {
  const t = useTranslations("companies.invitation");
  const translate = useTranslateError();
  const trpc = useTRPC();
  const router = useRouter();
  const forCompany = useQuery({ ...trpc.company.invitation.queryOptions({ invitationId }), enabled: kind === "company" });
  const forAdvisers = useQuery({ ...trpc.advisers.invitation.queryOptions({ invitationId }), enabled: kind === "adviser" });
  const acceptCompany = useMutation(trpc.company.acceptInvitation.mutationOptions());
  const acceptAdviser = useMutation(trpc.advisers.acceptInvitation.mutationOptions());
  const accept = kind === "adviser" ? acceptAdviser : acceptCompany;
  const invitation = kind === "adviser" ? forAdvisers : forCompany;
  const words = useInvitationWords(kind);
  const [error, setError] = useState<string | null>(null);

  if (invitation.isPending) return <p>{t("loading")}</p>;
  if (invitation.isError) return <FormAlert tone="error">{translate(fieldErrorsOf(invitation.error).form)}</FormAlert>;
  const data = invitation.data;
  return (
    <div className="flex flex-col gap-4">
      <p>{"organizationName" in data ? words.text(data.organizationName) : words.text(data.companyName)}</p>
      {error ? <FormAlert tone="error">{translate(error)}</FormAlert> : null}
      {data.status !== "pending" ? <FormAlert tone="info">{t("used")}</FormAlert> : null}
      {data.status === "pending" && !data.forMe ? <FormAlert tone="error">{translate("errors.company.invitationOtherEmail")}</FormAlert> : null}
      {data.status === "pending" && data.expired ? <FormAlert tone="error">{translate(words.expired)}</FormAlert> : null}
      {data.status === "pending" && data.forMe && !data.expired ? (
        <div>
          <Button
            disabled={accept.isPending}
            onClick={async () => {
              try {
                await accept.mutateAsync({ invitationId });
                router.push(words.home);
              } catch (failure) {
                setError(fieldErrorsOf(failure).form ?? "errors.internal");
              }
            }}
          >
            {words.accept}
          </Button>
        </div>
      ) : (
        <TextLink href={words.home}>{words.toHome}</TextLink>
      )}
    </div>
  );
}

/** What the page says for each kind of invitation, and where the person goes once they joined. */
function useInvitationWords(kind: "company" | "adviser") {
  const t = useTranslations("companies.invitation");
  const advisers = useTranslations("advisers.invitation");
  if (kind === "adviser") {
    return {
      text: (name: string) => advisers("text", { organization: name }),
      accept: advisers("accept"),
      toHome: advisers("toAdvisers"),
      home: "/advisers",
      expired: "errors.advisers.invitationExpired",
    };
  }
  return {
    text: (name: string) => t("text", { company: name }),
    accept: t("accept"),
    toHome: t("toDashboard"),
    home: "/dashboard",
    expired: "errors.company.invitationExpired",
  };
}
