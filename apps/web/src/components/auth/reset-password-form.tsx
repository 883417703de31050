"use client";

import { resetPasswordSchema } from "@karvon/data";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth-client";
import { fieldErrorsOf, useFieldErrors } from "@/lib/field-errors";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { AuthNotice } from "./auth-notice";
import { PasswordField } from "./password-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const errors = useFieldErrors();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = resetPasswordSchema.safeParse({ password: new FormData(event.currentTarget).get("password") });
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    setPending(true);
    const { error } = await authClient.resetPassword({ newPassword: parsed.data.password, token });
    setPending(false);
    if (error) {
      const fields = fieldErrorsOf(error);
      // The server names the field `newPassword`; the form calls it `password`.
      return errors.setErrors(fields.newPassword ? { password: fields.newPassword } : fields);
    }
    setDone(true);
  }

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
