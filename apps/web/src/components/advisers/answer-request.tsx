"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";
import { useErrorText } from "../moderation/use-error-text";
import { FormAlert } from "../forms/form-alert";
import { Button } from "@/components/ui/button";

/** An adviser's answer to a contact request in a confirmed client's name: accept or decline, once. */
export function AnswerRequest({ requestId }: { requestId: string }) {
  const t = useTranslations("advisers.answer");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useErrorText();
  const accept = useMutation(trpc.advisers.acceptContactRequest.mutationOptions({ onSuccess: () => router.refresh() }));
  const decline = useMutation(trpc.advisers.declineContactRequest.mutationOptions({ onSuccess: () => router.refresh() }));
  if (accept.isSuccess) return <FormAlert tone="success">{t("accepted")}</FormAlert>;
  if (decline.isSuccess) return <FormAlert tone="success">{t("declined")}</FormAlert>;
  const busy = accept.isPending || decline.isPending;
  const failed = errorText(accept.error ?? decline.error);
  return (
    <div className="flex flex-col gap-2">
      {failed !== null ? <FormAlert tone="error">{failed}</FormAlert> : null}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={busy} onClick={() => accept.mutate({ requestId })}>
          {t("accept")}
        </Button>
        <Button size="sm" variant="secondary" disabled={busy} onClick={() => decline.mutate({ requestId })}>
          {t("decline")}
        </Button>
      </div>
    </div>
  );
}
