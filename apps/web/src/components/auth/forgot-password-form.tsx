"use client";

import { emailOnlySchema } from "@karvon/data";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth-client";
import { useFieldErrors } from "@/lib/field-errors";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { EmailField } from "./email-field";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const errors = useFieldErrors();
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = emailOnlySchema.safeParse({ email: new FormData(event.currentTarget).get("email") });
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    setPending(true);
    const { error } = await authClient.requestPasswordReset({ email: parsed.data.email });
    setPending(false);
    if (error) return errors.fromError(error);
    setSent(true);
  }

  // The same answer whether or not an account exists for the address.
  if (sent) return <FormAlert tone="success">{t("forgotPassword.sent")}</FormAlert>;
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <p className="text-sm">{t("forgotPassword.intro")}</p>
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <EmailField error={errors.messageOf("email")} />
      <SubmitButton pending={pending}>{t("forgotPassword.submit")}</SubmitButton>
    </form>
  );
}
