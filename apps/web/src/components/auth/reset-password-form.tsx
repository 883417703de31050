"use client";

import { resetPasswordSchema } from "@karvon/data";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth-client";
import { fieldErrorsOf, useFieldErrors } from "@/lib/field-errors";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/button";

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
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">{t("resetPassword.done")}</FormAlert>
        <TextLink href="/sign-in" className="font-medium">
          {t("signIn.link")}
        </TextLink>
      </div>
    );
  }
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <TextField
        name="password"
        type="password"
        label={t("fields.newPassword")}
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        error={errors.messageOf("password")}
      />
      <SubmitButton pending={pending}>{t("resetPassword.submit")}</SubmitButton>
    </form>
  );
}
