"use client";

import { localeNames, locales, profileSchema, type Locale } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { Field, TextField } from "@/components/ui/field";

export function ProfileForm({ name, locale }: { name: string; locale: Locale }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const router = useRouter();
  const errors = useFieldErrors();
  const [saved, setSaved] = useState(false);
  const update = useMutation(trpc.account.updateProfile.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = profileSchema.safeParse({ name: form.get("name"), locale: form.get("locale") });
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    setSaved(false);
    update.mutate(parsed.data, {
      onError: errors.fromError,
      onSuccess: () => {
        setSaved(true);
        // The portal follows the language chosen here.
        if (parsed.data.locale !== locale) router.replace("/account", { locale: parsed.data.locale });
        else router.refresh();
      },
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      {saved ? <FormAlert tone="success">{t("profile.saved")}</FormAlert> : null}
      <TextField name="name" label={t("profile.name")} defaultValue={name} autoComplete="name" error={errors.messageOf("name")} />
      <Field name="locale" label={t("profile.locale")} hint={t("profile.localeHint")}>
        {(control) => (
          <select {...control} defaultValue={locale}>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {localeNames[code]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pending={update.isPending}>{t("profile.submit")}</SubmitButton>
    </form>
  );
}
