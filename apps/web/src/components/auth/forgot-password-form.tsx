"use client";

import { emailOnlySchema } from "@karvon/data";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { EmailField } from "./email-field";
import { useAuthForm } from "./use-auth-form";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [sent, setSent] = useState(false);
  const { errors, pending, onSubmit } = useAuthForm({
    schema: emailOnlySchema,
    read: (form) => ({ email: form.get("email") }),
    call: ({ email }) => authClient.requestPasswordReset({ email }),
    onSuccess: () => setSent(true),
  });

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
