"use client";

import { locales, localeNames } from "@karvon/data";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import {
  countryOptions,
  districtOptions,
  economicZoneOptions,
  hsChapterOptions,
  languageOptions,
  regionOptions,
  sectorOptions,
  sizeBandOptions,
} from "../code-options";
import { CodeChecklist } from "../code-checklist";
import type { StepProps } from "./step-props";

export function LocationStep({ draft, set, errorOf, locale, country }: StepProps) {
  const t = useTranslations("companies.onboarding.fields");
  const region = draft.region ?? "";
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        name="region" isRequired
        label={t("region")}
        placeholder={t("choose")}
        value={region}
        options={regionOptions(country, locale)}
        error={errorOf("region")}
        onValueChange={(value) => {
          set("region", value);
          // A district belongs to one region: changing the region empties it.
          if (value !== region) set("district", "");
        }}
      />
      <SelectField
        name="district" isRequired
        label={t("district")}
        placeholder={region === "" ? t("chooseRegionFirst") : t("choose")}
        value={draft.district ?? ""}
        disabled={region === ""}
        options={region === "" ? [] : districtOptions(region, locale)}
        error={errorOf("district")}
        onValueChange={(value) => set("district", value)}
      />
      <TextField
        name="city"
        label={t("city")}
        hint={t("cityHint")}
        value={draft.city ?? ""}
        error={errorOf("city")}
        onChange={(event) => set("city", event.target.value)}
      />
      <SelectField
        name="economicZone"
        label={t("economicZone")}
        placeholder={t("noZone")}
        hint={t("economicZoneHint")}
        value={draft.economicZone ?? ""}
        options={economicZoneOptions(country, locale)}
        error={errorOf("economicZone")}
        onValueChange={(value) => set("economicZone", value)}
      />
    </div>
  );
}

export function BusinessStep({ draft, set, errorOf, locale }: StepProps) {
  const t = useTranslations("companies.onboarding.fields");
  const options = useMemo(
    () => ({
      sectors: sectorOptions(locale),
      hs: hsChapterOptions(locale),
      countries: countryOptions(locale),
      languages: languageOptions(locale),
      sizes: sizeBandOptions(locale),
    }),
    [locale],
  );
  return (
    <div className="flex flex-col gap-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="foundedYear" isRequired
          label={t("foundedYear")}
          inputMode="numeric"
          value={draft.foundedYear === undefined ? "" : String(draft.foundedYear)}
          error={errorOf("foundedYear")}
          onChange={(event) => {
            const digits = event.target.value.replace(/\D/g, "").slice(0, 4);
            set("foundedYear", digits === "" ? undefined : Number(digits));
          }}
        />
        <SelectField
          name="sizeBand" isRequired
          label={t("sizeBand")}
          placeholder={t("choose")}
          value={draft.sizeBand ?? ""}
          options={options.sizes}
          error={errorOf("sizeBand")}
          onValueChange={(value) => set("sizeBand", value)}
        />
      </div>
      <CodeChecklist
        name="sectors" isRequired
        legend={t("sectors")}
        hint={t("sectorsHint")}
        filterLabel={t("filter")}
        options={options.sectors}
        value={draft.sectors ?? []}
        error={errorOf("sectors")}
        onChange={(value) => set("sectors", value)}
      />
      <CodeChecklist
        name="hsChapters"
        legend={t("hsChapters")}
        hint={t("hsChaptersHint")}
        filterLabel={t("filter")}
        options={options.hs}
        value={draft.hsChapters ?? []}
        error={errorOf("hsChapters")}
        onChange={(value) => set("hsChapters", value)}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <CodeChecklist
          name="exportsTo"
          legend={t("exportsTo")}
          filterLabel={t("filter")}
          options={options.countries}
          value={draft.exportsTo ?? []}
          error={errorOf("exportsTo")}
          onChange={(value) => set("exportsTo", value)}
        />
        <CodeChecklist
          name="importsFrom"
          legend={t("importsFrom")}
          filterLabel={t("filter")}
          options={options.countries}
          value={draft.importsFrom ?? []}
          error={errorOf("importsFrom")}
          onChange={(value) => set("importsFrom", value)}
        />
      </div>
      <CodeChecklist
        name="languages" isRequired
        legend={t("languages")}
        options={options.languages}
        value={draft.languages ?? []}
        error={errorOf("languages")}
        onChange={(value) => set("languages", value)}
      />
      <TextField
        name="website"
        label={t("website")}
        inputMode="url"
        placeholder="example.uz"
        value={draft.website ?? ""}
        error={errorOf("website")}
        onChange={(event) => set("website", event.target.value)}
      />
    </div>
  );
}

export function DescriptionStep({ draft, set, errorOf }: StepProps) {
  const t = useTranslations("companies.onboarding.fields");
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("descriptionHint")}</p>
      {errorOf("description") ? (
        <p className="text-sm text-red-700 dark:text-red-400" role="alert" data-testid="error-description">
          {errorOf("description")}
        </p>
      ) : null}
      {locales.map((language) => (
        <TextAreaField
          key={language}
          name={`description-${language}`}
          lang={language}
          label={t("descriptionIn", { language: localeNames[language] })}
          value={draft.description?.[language] ?? ""}
          maxLength={5000}
          onChange={(event) => set("description", { ...draft.description, [language]: event.target.value })}
        />
      ))}
    </div>
  );
}

export function ContactStep({ draft, set, errorOf }: StepProps) {
  const t = useTranslations("companies.onboarding.fields");
  return (
    <div className="flex flex-col gap-4">
      <div role="note" className="rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-900 dark:border-brand-700 dark:bg-brand-900 dark:text-brand-50" data-testid="contact-privacy-note">
        {t("contactPrivacy")}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="contactName" isRequired label={t("contactName")} autoComplete="name" value={draft.contactName ?? ""} error={errorOf("contactName")} onChange={(event) => set("contactName", event.target.value)} />
        <TextField name="contactPosition" isRequired label={t("contactPosition")} autoComplete="organization-title" value={draft.contactPosition ?? ""} error={errorOf("contactPosition")} onChange={(event) => set("contactPosition", event.target.value)} />
        <TextField name="contactEmail" isRequired type="email" label={t("contactEmail")} autoComplete="email" value={draft.contactEmail ?? ""} error={errorOf("contactEmail")} onChange={(event) => set("contactEmail", event.target.value)} />
        <TextField name="contactPhone" isRequired type="tel" label={t("contactPhone")} hint={t("contactPhoneHint")} autoComplete="tel" value={draft.contactPhone ?? ""} error={errorOf("contactPhone")} onChange={(event) => set("contactPhone", event.target.value)} />
      </div>
    </div>
  );
}
