"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { authClient } from "@/lib/auth-client";
import { useTranslateError, fieldErrorsOf } from "@/lib/field-errors";
import { FormAlert } from "../forms/form-alert";
import { ButtonLink, TextLink } from "@/components/ui/button";

/** The target of the link in the verification mail: confirms the address and signs the person in. */
export function VerifyEmail({ token }: { token: string }) {
  const t = useTranslations("auth");
  const translate = useTranslateError();
  const router = useRouter();
  const [state, setState] = useState<{ status: "pending" | "done" } | { status: "failed"; error: string }>({
    status: "pending",
  });
  const started = useRef(false);

  useEffect(() => {
    // Once only: a token is single-use, and React may run effects twice in development.
    if (started.current) return;
    started.current = true;
    void authClient.verifyEmail({ query: { token } }).then(({ error }) => {
      if (error) {
        setState({ status: "failed", error: fieldErrorsOf(error).form ?? "errors.auth.invalidToken" });
        return;
      }
      setState({ status: "done" });
      router.refresh();
    });
  }, [token, router]);

  if (state.status === "pending") return <FormAlert tone="info">{t("verify.checking")}</FormAlert>;
  if (state.status === "failed") {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="error">{translate(state.error)}</FormAlert>
        <p className="text-sm">{t("verify.failedHelp")}</p>
        <TextLink href="/sign-in" className="font-medium">
          {t("signIn.link")}
        </TextLink>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4" data-testid="email-verified">
      <FormAlert tone="success">{t("verify.done")}</FormAlert>
      <ButtonLink
        href="/dashboard"
      >
        {t("verify.continue")}
      </ButtonLink>
    </div>
  );
}
