"use client";

import { signInSchema } from "@karvon/data";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { authClient } from "@/lib/auth-client";
import { signInTarget } from "@/lib/sign-in-next";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { EmailField } from "./email-field";
import { PasswordField } from "./password-field";
import { TextLink } from "@/components/ui/button";
import { useAuthForm } from "./use-auth-form";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const { errors, pending, onSubmit } = useAuthForm({
    schema: signInSchema,
    read: (form) => ({ email: form.get("email"), password: form.get("password") }),
    call: (input) => authClient.signIn.email(input),
    onSuccess: () => {
      const target = signInTarget(next);
      router.push(target.pathname, target.locale === undefined ? undefined : { locale: target.locale });
      router.refresh();
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <EmailField error={errors.messageOf("email")} />
      <PasswordField isNew={false} label={t("fields.password")} error={errors.messageOf("password")} />
      <SubmitButton pending={pending}>{t("signIn.submit")}</SubmitButton>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <TextLink href="/forgot-password">
          {t("forgotPassword.link")}
        </TextLink>
        <TextLink href="/sign-up" className="font-medium">
          {t("signUp.link")}
        </TextLink>
      </div>
    </form>
  );
}
