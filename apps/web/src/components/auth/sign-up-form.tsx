"use client";

import { signUpSchema } from "@karvon/data";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { authClient } from "@/lib/auth-client";
import { useFieldErrors } from "@/lib/field-errors";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { EmailField } from "./email-field";
import { PasswordField } from "./password-field";
import { TextLink } from "@/components/ui/button";

export function SignUpForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const router = useRouter();
  const errors = useFieldErrors();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signUpSchema.safeParse({
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
      locale,
    });
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    setPending(true);
    const { error } = await authClient.signUp.email(parsed.data);
    setPending(false);
    if (error) return errors.fromError(error);
    router.push({ pathname: "/verify-email", query: { email: parsed.data.email } });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <TextField name="name" label={t("fields.name")} autoComplete="name" required error={errors.messageOf("name")} />
      <EmailField error={errors.messageOf("email")} />
      <PasswordField isNew label={t("fields.password")} error={errors.messageOf("password")} />
      <SubmitButton pending={pending}>{t("signUp.submit")}</SubmitButton>
      <p className="text-sm">
        {t("signUp.haveAccount")}{" "}
        <TextLink href="/sign-in" className="font-medium">
          {t("signIn.link")}
        </TextLink>
      </p>
    </form>
  );
}
