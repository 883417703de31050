"use client";

import {
  cooperationKinds,
  currencies,
  economicZones,
  incoterms,
  labelOf,
  listingDirections,
  listingInputSchema,
  listingKinds,
  locales,
  projectStages,
  quantityUnits,
  regions,
  type ListingInput,
  type Locale,
} from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { CodeChecklist } from "../companies/code-checklist";
import { countryOptions, hsChapterOptions, labelIn, sectorOptions } from "../companies/code-options";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormAlert } from "../forms/form-alert";
import { keepFieldsOfKind } from "./kind-fields";
import { Button } from "@/components/ui/button";

/**
 * "create" and "edit" are a member's; "adviser" writes a listing in a confirmed client's name. An adviser cannot
 * open the company's drafts, so that form only submits for review and then starts again empty.
 */
type Props =
  | { mode: "create"; companyId: string; initial?: undefined; listingId?: undefined; isPublished?: false }
  | { mode: "adviser"; companyId: string; initial?: undefined; listingId?: undefined; isPublished?: false }
  | { mode: "edit"; listingId: string; initial: Partial<ListingInput>; isPublished: boolean; companyId?: undefined };

const empty: ListingInput = {
  kind: "offer",
  title: {},
  description: {},
  sectors: [],
  hsChapters: [],
  cooperationKinds: [],
  direction: "export",
  importsFrom: [],
};

const numberOrUndefined = (value: string) => (value.trim() === "" ? undefined : Number(value));

/** Create or edit a listing: titles and descriptions in any of the four languages, classification, terms. */
export function ListingForm(props: Props) {
  const t = useTranslations("listings");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const errors = useFieldErrors();
  const [value, setValue] = useState<ListingInput>({ ...empty, ...props.initial });
  const [notice, setNotice] = useState<string | null>(null);
  const set = <K extends keyof ListingInput>(key: K, next: ListingInput[K]) => setValue((current) => ({ ...current, [key]: next }));
  const options = (items: readonly { code: string; labels: Record<Locale, string> }[]) =>
    items.map((item) => ({ value: item.code, label: labelOf(item, locale) }));

  const create = useMutation(trpc.listing.create.mutationOptions());
  const createForClient = useMutation(trpc.advisers.createListing.mutationOptions());
  const save = useMutation(trpc.listing.saveDraft.mutationOptions());
  const update = useMutation(trpc.listing.update.mutationOptions());
  const busy = create.isPending || createForClient.isPending || save.isPending || update.isPending;

  const isProject = value.kind === "joint-project";
  const regionChoices = regions.map((region) => ({ value: region.code, label: `${labelOf(region, locale)} · ${labelIn(countryOptions(locale), region.country)}` }));
  const zoneChoices = economicZones
    .filter((zone) => value.siteRegion === undefined || zone.region === value.siteRegion)
    .map((zone) => ({ value: zone.code, label: labelOf(zone, locale) }));
  // A zone lies in one region: choosing it fills the region, and a new region clears a zone outside it.
  const setSiteZone = (code: string | undefined) =>
    setValue((current) => {
      const zone = economicZones.find((entry) => entry.code === code);
      return { ...current, siteZone: zone?.code, siteRegion: (zone?.region ?? current.siteRegion) };
    });
  const setSiteRegion = (code: string | undefined) =>
    setValue((current) => {
      const zone = economicZones.find((entry) => entry.code === current.siteZone);
      const keepZone = zone !== undefined && zone.region === code;
      return { ...current, siteRegion: code as ListingInput["siteRegion"], siteZone: keepZone ? current.siteZone : undefined };
    });
  const currencyField = (
    <SelectField name="currency" label={t("field.currency")} placeholder={t("form.none")} options={currencies.map((currency) => ({ value: currency.code, label: `${currency.code} · ${labelOf(currency, locale)}` }))} value={value.currency ?? ""} onValueChange={(code) => set("currency", (code || undefined) as ListingInput["currency"])} error={errors.messageOf("currency")} />
  );
  const validUntilField = (
    <TextField name="validUntil" type="date" label={t("field.validUntil")} hint={t("form.validityHint")} value={value.validUntil ?? ""} onChange={(event) => set("validUntil", event.target.value || undefined)} error={errors.messageOf("validUntil")} />
  );

  const submit = async (event: FormEvent<HTMLFormElement>, submitForReview: boolean) => {
    event.preventDefault();
    errors.clear();
    setNotice(null);
    const listing = keepFieldsOfKind(value);
    const checked = listingInputSchema.safeParse(listing);
    if (!checked.success) return errors.fromZod(checked.error);
    try {
      if (props.mode === "adviser") {
        await createForClient.mutateAsync({ companyId: props.companyId, listing, submit: true });
        setValue(empty);
        setNotice(t("form.submittedForClient"));
        window.scrollTo({ top: 0 });
        return;
      }
      if (props.mode === "create") {
        const created = await create.mutateAsync({ companyId: props.companyId, listing, submit: submitForReview });
        router.push(`/listings/${created.id}/edit`);
        return;
      }
      if (submitForReview) await update.mutateAsync({ listingId: props.listingId, listing });
      else await save.mutateAsync({ listingId: props.listingId, listing });
      setNotice(submitForReview ? t("form.submitted") : t("form.saved"));
      // The page above the form shows the status and what happens next; read them again after a submission.
      if (submitForReview) router.refresh();
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event, true)} className="flex flex-col gap-6" noValidate data-testid="listing-form">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      {notice ? <FormAlert tone="success">{notice}</FormAlert> : null}
      {props.mode === "edit" && props.isPublished ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("form.publishedStays")}</p> : null}
      {props.mode !== "edit" ? (
        <SelectField name="kind" isRequired label={t("field.kind")} options={options(listingKinds)} value={value.kind} onValueChange={(kind) => set("kind", kind as ListingInput["kind"])} error={errors.messageOf("kind")} />
      ) : null}

      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="font-medium">{t("field.titles")}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("form.titleHint")}</p>
        {locales.map((language) => (
          <div key={language} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <TextField name={`title-${language}`} label={`${t("field.titles")} · ${t(`field.language.${language}`)}`} value={value.title[language] ?? ""} maxLength={200} onChange={(event) => set("title", { ...value.title, [language]: event.target.value })} error={errors.messageOf(`title.${language}`) ?? (language === "en" ? errors.messageOf("title") : undefined)} />
            <TextAreaField name={`description-${language}`} label={`${t("field.descriptions")} · ${t(`field.language.${language}`)}`} value={value.description[language] ?? ""} maxLength={5000} rows={3} onChange={(event) => set("description", { ...value.description, [language]: event.target.value })} error={language === "en" ? errors.messageOf("description") : undefined} />
          </div>
        ))}
      </fieldset>

      <CodeChecklist name="sectors" isRequired legend={t("field.sectors")} options={sectorOptions(locale).filter((option) => /^\d/.test(option.value))} value={value.sectors} onChange={(sectors) => set("sectors", sectors as ListingInput["sectors"])} filterLabel={t("form.filter")} error={errors.messageOf("sectors")} />
      <CodeChecklist name="hsChapters" legend={t("field.hsChapters")} options={hsChapterOptions(locale)} value={value.hsChapters ?? []} onChange={(codes) => set("hsChapters", codes as ListingInput["hsChapters"])} filterLabel={t("form.filter")} error={errors.messageOf("hsChapters")} />
      <CodeChecklist name="cooperationKinds" isRequired legend={t("field.cooperationKinds")} options={options(cooperationKinds)} value={value.cooperationKinds} onChange={(codes) => set("cooperationKinds", codes as ListingInput["cooperationKinds"])} error={errors.messageOf("cooperationKinds")} />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2">
        <SelectField name="direction" isRequired label={t("field.direction")} options={options(listingDirections)} value={value.direction} onValueChange={(direction) => set("direction", direction as ListingInput["direction"])} error={errors.messageOf("direction")} />
        <SelectField name="targetCountry" label={t("field.targetCountry")} placeholder={t("form.none")} options={countryOptions(locale)} value={value.targetCountry ?? ""} onValueChange={(code) => set("targetCountry", (code || undefined) as ListingInput["targetCountry"])} />
      </div>

      {isProject ? (
        <fieldset className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="project-fields">
          <legend className="px-1 font-medium">{t("form.projectLegend")}</legend>
          <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2">
            <TextField name="capitalNeeded" type="number" min={0} inputMode="decimal" label={t("field.capitalNeeded")} value={value.capitalNeeded ?? ""} onChange={(event) => set("capitalNeeded", numberOrUndefined(event.target.value))} error={errors.messageOf("capitalNeeded")} />
            {currencyField}
            <SelectField name="stage" label={t("field.stage")} placeholder={t("form.none")} options={options(projectStages)} value={value.stage ?? ""} onValueChange={(code) => set("stage", (code || undefined) as ListingInput["stage"])} error={errors.messageOf("stage")} />
            {validUntilField}
          </div>
          <TextAreaField name="partnerRole" label={t("field.partnerRole")} hint={t("form.partnerRoleHint")} value={value.partnerRole ?? ""} maxLength={1000} rows={3} onChange={(event) => set("partnerRole", event.target.value === "" ? undefined : event.target.value)} error={errors.messageOf("partnerRole")} />
          <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2">
            <SelectField name="siteRegion" label={t("field.siteRegion")} placeholder={t("form.none")} options={regionChoices} value={value.siteRegion ?? ""} onValueChange={(code) => setSiteRegion(code || undefined)} error={errors.messageOf("siteRegion")} />
            <SelectField name="siteZone" label={t("field.siteZone")} hint={t("form.siteZoneHint")} placeholder={t("form.none")} options={zoneChoices} value={value.siteZone ?? ""} onValueChange={(code) => setSiteZone(code || undefined)} error={errors.messageOf("siteZone")} />
          </div>
        </fieldset>
      ) : (
        <fieldset className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="trade-fields">
          <legend className="px-1 font-medium">{t("form.termsLegend")}</legend>
          <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2">
            <TextField name="quantity" type="number" min={0} inputMode="decimal" label={t("field.quantity")} value={value.quantity ?? ""} onChange={(event) => set("quantity", numberOrUndefined(event.target.value))} error={errors.messageOf("quantity")} />
            <TextField name="minOrder" type="number" min={0} inputMode="decimal" label={t("field.minOrder")} hint={t("form.minOrderHint")} value={value.minOrder ?? ""} onChange={(event) => set("minOrder", numberOrUndefined(event.target.value))} error={errors.messageOf("minOrder")} />
            <SelectField name="unit" label={t("field.unit")} hint={t("form.unitHint")} placeholder={t("form.none")} options={options(quantityUnits)} value={value.unit ?? ""} onValueChange={(code) => set("unit", (code || undefined) as ListingInput["unit"])} error={errors.messageOf("unit")} />
            <SelectField name="incoterm" label={t("field.incoterm")} hint={t("form.incotermHint")} placeholder={t("form.none")} options={options(incoterms)} value={value.incoterm ?? ""} onValueChange={(code) => set("incoterm", (code || undefined) as ListingInput["incoterm"])} error={errors.messageOf("incoterm")} />
            <TextField name="priceMin" type="number" min={0} inputMode="decimal" label={t("field.priceMin")} value={value.priceMin ?? ""} onChange={(event) => set("priceMin", numberOrUndefined(event.target.value))} error={errors.messageOf("priceMin")} />
            <TextField name="priceMax" type="number" min={0} inputMode="decimal" label={t("field.priceMax")} value={value.priceMax ?? ""} onChange={(event) => set("priceMax", numberOrUndefined(event.target.value))} error={errors.messageOf("priceMax")} />
            {currencyField}
            {validUntilField}
          </div>
        </fieldset>
      )}

      {value.kind === "request" ? (
        <CodeChecklist name="importsFrom" legend={t("field.importsFrom")} hint={t("form.importsFromHint")} options={countryOptions(locale)} value={value.importsFrom ?? []} onChange={(codes) => set("importsFrom", codes as ListingInput["importsFrom"])} filterLabel={t("form.filter")} error={errors.messageOf("importsFrom")} />
      ) : null}

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {t("form.submit")}
        </Button>
        {props.mode === "adviser" ? null : (
          <Button disabled={busy} onClick={(event) => void submit(event as unknown as FormEvent<HTMLFormElement>, false)} variant="secondary">
            {t("form.saveDraft")}
          </Button>
        )}
      </div>
    </form>
  );
}
