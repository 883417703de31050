"use client";

import { companyCreateSchema, taxIdNames, type PartnerCountryCode } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrorsOf, useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import type { StepProps } from "./step-props";

/** Before the company exists: legal name, country and tax ID start it (checked, unique per country). */
export function CreateCompanyForm({ onCreated }: { onCreated: (companyId: string) => void }) {
  const t = useTranslations("companies.onboarding");
  const trpc = useTRPC();
  const create = useMutation(trpc.company.create.mutationOptions());
  const errors = useFieldErrors();
  const [country, setCountry] = useState<PartnerCountryCode>("UZ");
  const [legalName, setLegalName] = useState("");
  const [taxId, setTaxId] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = companyCreateSchema.safeParse({ legalName, country, taxId });
    if (!checked.success) return errors.fromZod(checked.error);
    errors.clear();
    try {
      const created = await create.mutateAsync({ legalName, country, taxId });
      onCreated(created.id);
    } catch (error) {
      errors.setErrors(fieldErrorsOf(error));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" data-testid="create-company-form">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <TextField name="legalName" isRequired label={t("fields.legalName")} hint={t("fields.legalNameHint")} value={legalName} error={errors.messageOf("legalName")} onChange={(event) => setLegalName(event.target.value)} />
      <SelectField
        name="country" isRequired
        label={t("fields.country")}
        value={country}
        options={[
          { value: "UZ", label: t("countries.UZ") },
          { value: "AZ", label: t("countries.AZ") },
        ]}
        error={errors.messageOf("country")}
        onValueChange={(value) => setCountry(value === "AZ" ? "AZ" : "UZ")}
      />
      <TextField
        name="taxId" isRequired
        label={t("fields.taxId", { name: taxIdNames[country].short })}
        hint={t(`fields.taxIdHint.${country}`)}
        inputMode="numeric"
        value={taxId}
        error={errors.messageOf("taxId")}
        onChange={(event) => setTaxId(event.target.value)}
      />
      <div>
        <SubmitButton pending={create.isPending}>{t("start")}</SubmitButton>
      </div>
    </form>
  );
}

/** Once the company exists: the legal name can still be corrected; country and tax ID are its identity. */
export function IdentityStep({ draft, set, errorOf, country, taxId }: StepProps & { taxId: string }) {
  const t = useTranslations("companies.onboarding");
  return (
    <div className="flex flex-col gap-4">
      <TextField name="legalName" isRequired label={t("fields.legalName")} hint={t("fields.legalNameHint")} value={draft.legalName ?? ""} error={errorOf("legalName")} onChange={(event) => set("legalName", event.target.value)} />
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium">{t("fields.country")}</dt>
          <dd>{t(`countries.${country}`)}</dd>
        </div>
        <div>
          <dt className="font-medium">{t("fields.taxId", { name: taxIdNames[country].short })}</dt>
          <dd data-testid="tax-id">{taxId}</dd>
        </div>
      </dl>
    </div>
  );
}
