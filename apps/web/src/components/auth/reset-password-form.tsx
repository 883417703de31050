"use client";

import { resetPasswordSchema } from "@karvon/data";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { fieldErrorsOf } from "@/lib/field-errors";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { AuthNotice } from "./auth-notice";
import { PasswordField } from "./password-field";
import { useAuthForm } from "./use-auth-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [done, setDone] = useState(false);
  const { errors, pending, onSubmit } = useAuthForm({
    schema: resetPasswordSchema,
    read: (form) => ({ password: form.get("password") }),
    call: ({ password }) => authClient.resetPassword({ newPassword: password, token }),
    onSuccess: () => setDone(true),
    fieldErrorsOf: (error) => {
      const fields = fieldErrorsOf(error);
      // The server names the field `newPassword`; the form calls it `password`.
      return fields.newPassword ? { password: fields.newPassword } : fields;
    },
  });

  if (done) {
    return <AuthNotice tone="success" message={t("resetPassword.done")} href="/sign-in" linkText={t("signIn.link")} />;
  }
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <PasswordField isNew label={t("fields.newPassword")} error={errors.messageOf("password")} />
      <SubmitButton pending={pending}>{t("resetPassword.submit")}</SubmitButton>
    </form>
  );
}
