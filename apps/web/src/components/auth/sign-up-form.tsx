"use client";

import { signUpSchema } from "@karvon/data";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { authClient } from "@/lib/auth-client";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { EmailField } from "./email-field";
import { PasswordField } from "./password-field";
import { TextLink } from "@/components/ui/button";
import { useAuthForm } from "./use-auth-form";

export function SignUpForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const router = useRouter();
  const { errors, pending, onSubmit } = useAuthForm({
    schema: signUpSchema,
    read: (form) => ({ name: form.get("name"), email: form.get("email"), password: form.get("password"), locale }),
    call: (input) => authClient.signUp.email(input),
    onSuccess: ({ email }) => router.push({ pathname: "/verify-email", query: { email } }),
  });

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
