"use client";

import { changePasswordSchema } from "@karvon/data";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth-client";
import { fieldErrorsOf, useFieldErrors } from "@/lib/field-errors";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { sessionsQueryKey } from "./sessions-list";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const parsed = changePasswordSchema.safeParse({
      currentPassword: form.get("currentPassword"),
      newPassword: form.get("newPassword"),
    });
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    setDone(false);
    setPending(true);
    // Every other session ends: whoever knew the old password is signed out.
    const { error } = await authClient.changePassword({ ...parsed.data, revokeOtherSessions: true });
    setPending(false);
    if (error) {
      const fields = fieldErrorsOf(error);
      // A wrong current password belongs beside that field.
      return errors.setErrors(
        fields.form === "errors.auth.wrongPassword" ? { currentPassword: "errors.auth.wrongPassword" } : fields,
      );
    }
    formElement.reset();
    setDone(true);
    void queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      {done ? <FormAlert tone="success">{t("password.changed")}</FormAlert> : null}
      <TextField
        name="currentPassword"
        type="password"
        label={t("password.current")}
        autoComplete="current-password"
        error={errors.messageOf("currentPassword")}
      />
      <TextField
        name="newPassword"
        type="password"
        label={t("password.new")}
        autoComplete="new-password"
        hint={t("password.hint")}
        error={errors.messageOf("newPassword")}
      />
      <SubmitButton pending={pending}>{t("password.submit")}</SubmitButton>
    </form>
  );
}
