"use client";

import { adviserOrganizationKinds, adviserOrganizationRegisterSchema, countryByCode, labelOf } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { Field, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const countries = ["UZ", "AZ"] as const;

/** The application of a chamber, agency, economic-zone administration or trade house, checked by the shared schema. */
export function AdviserRegisterForm() {
  const t = useTranslations("advisers.register");
  const kinds = useTranslations("advisers.kinds");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const errors = useFieldErrors();
  const register = useMutation(trpc.advisers.register.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(["name", "kind", "country", "website", "contactName", "contactEmail", "contactPhone"].map((key) => [key, String(form.get(key) ?? "")]));
    const parsed = adviserOrganizationRegisterSchema.safeParse(values);
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    register.mutate(parsed.data, { onError: errors.fromError, onSuccess: () => router.refresh() });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="mt-4 grid max-w-2xl gap-4" data-testid="adviser-register-form">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      {register.isSuccess ? <FormAlert tone="success">{t("sent")}</FormAlert> : null}
      <TextField name="name" label={t("name")} required maxLength={200} autoComplete="organization" error={errors.messageOf("name")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="kind" label={t("kind")} isRequired error={errors.messageOf("kind")}>
          {(control) => (
            <select {...control} defaultValue="chamber">
              {adviserOrganizationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kinds(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="country" label={t("country")} isRequired error={errors.messageOf("country")}>
          {(control) => (
            <select {...control} defaultValue={locale === "az" ? "AZ" : "UZ"}>
              {countries.map((code) => {
                const country = countryByCode(code);
                return (
                  <option key={code} value={code}>
                    {country === undefined ? code : labelOf(country, locale)}
                  </option>
                );
              })}
            </select>
          )}
        </Field>
      </div>
      <TextField name="website" label={t("website")} hint={t("websiteHint")} inputMode="url" autoComplete="url" error={errors.messageOf("website")} />
      <TextField name="contactName" label={t("contactName")} required autoComplete="name" error={errors.messageOf("contactName")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="contactEmail" label={t("contactEmail")} type="email" required autoComplete="email" error={errors.messageOf("contactEmail")} />
        <TextField
          name="contactPhone"
          label={t("contactPhone")}
          hint={t("contactPhoneHint")}
          type="tel"
          required
          autoComplete="tel"
          error={errors.messageOf("contactPhone")}
        />
      </div>
      <SubmitButton pending={register.isPending} className="justify-self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
