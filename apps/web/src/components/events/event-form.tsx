"use client";
import { eventTimeZones, labelOf, sectors } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { controlClasses, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { eventFormLanguages as languages, eventFormValues, eventInputOf, type EditableEvent } from "./event-form-values";

type Props = {
  /** The event to edit; without it, the form creates a new one. */
  event?: EditableEvent & { id: string };
};

/**
 * Staff: a new event, or an existing one edited — its names, day plan and registration window. Slots are made from
 * the plan on the server (once meetings exist there, the plan is locked and the server says so).
 */
export function EventForm({ event }: Props) {
  const t = useTranslations("events.staff");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const errors = useFieldErrors();
  const values = eventFormValues(event ?? null);
  const [saved, setSaved] = useState(false);
  const create = useMutation(
    trpc.events.create.mutationOptions({
      onSuccess: (created) => router.push(`/admin/events/${created.id}`),
      onError: errors.fromError,
    }),
  );
  const update = useMutation(
    trpc.events.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
      onError: errors.fromError,
    }),
  );
  function submit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const input = eventInputOf(new FormData(submitted.currentTarget), event ?? null);
    errors.clear();
    setSaved(false);
    if (event === undefined) create.mutate(input);
    else update.mutate({ eventId: event.id, event: input });
  }
  const error = (field: string) => errors.messageOf(field);
  return (
    <form onSubmit={submit} className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-labelledby="event-form-title" noValidate>
      <h2 id="event-form-title" className="text-xl font-semibold">{event === undefined ? t("create") : t("edit")}</h2>
      {error("form") ? <FormAlert tone="error">{error("form")}</FormAlert> : null}
      {saved ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} defaultValue={values.text.slug} isRequired error={error("slug")} />
      <div className="grid gap-3 sm:grid-cols-2">
        {languages.map((language) => (
          <TextField key={language} name={`name-${language}`} label={t("name", { language: t(`language.${language}`) })} defaultValue={values.text[`name-${language}`]} isRequired={language === "en"} error={language === "en" ? error("name") : undefined} />
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {languages.map((language) => (
          <label key={language} className="flex flex-col gap-1 text-sm font-medium">
            {t("description", { language: t(`language.${language}`) })}
            <textarea name={`description-${language}`} rows={3} defaultValue={values.text[`description-${language}`]} className={controlClasses} />
          </label>
        ))}
      </div>
      {error("description") ? <p className="text-sm text-red-700 dark:text-red-400">{error("description")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="city" label={t("city")} defaultValue={values.text.city} isRequired error={error("city")} />
        <TextField name="venue" label={t("venue")} defaultValue={values.text.venue} isRequired error={error("venue")} />
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("timeZone")}
          <select name="timeZone" className={controlClasses} defaultValue={values.text.timeZone}>
            {eventTimeZones.map((zone) => (
              <option key={zone} value={zone}>{t(`zone.${zone === "Asia/Baku" ? "baku" : "tashkent"}`)}</option>
            ))}
          </select>
        </label>
        <TextField name="tableCount" label={t("tables")} type="number" min={1} max={500} defaultValue={values.text.tableCount} isRequired error={error("tableCount")} />
        <TextField name="startDate" label={t("startDate")} type="date" defaultValue={values.text.startDate} isRequired error={error("startDate")} />
        <TextField name="endDate" label={t("endDate")} type="date" defaultValue={values.text.endDate} isRequired error={error("endDate")} />
        <TextField name="dayStart" label={t("dayStart")} type="time" defaultValue={values.text.dayStart} isRequired error={error("dayStart")} />
        <TextField name="dayEnd" label={t("dayEnd")} type="time" defaultValue={values.text.dayEnd} isRequired error={error("dayEnd")} />
        <TextField name="meetingMinutes" label={t("meetingMinutes")} type="number" min={10} max={120} defaultValue={values.text.meetingMinutes} isRequired error={error("meetingMinutes")} />
        <TextField name="requestLimit" label={t("requestLimit")} type="number" min={1} max={200} defaultValue={values.text.requestLimit} isRequired error={error("requestLimit")} />
        <TextField name="breakStart" label={t("breakStart")} type="time" defaultValue={values.text.breakStart} error={error("breaks")} />
        <TextField name="breakEnd" label={t("breakEnd")} type="time" defaultValue={values.text.breakEnd} />
        <TextField name="registrationOpens" label={t("registrationOpens")} type="date" defaultValue={values.text.registrationOpens} isRequired error={error("registrationOpensAt")} />
        <TextField name="registrationCloses" label={t("registrationCloses")} type="date" defaultValue={values.text.registrationCloses} isRequired error={error("registrationClosesAt")} />
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("focusSectors")}
        <select name="focusSectors" multiple size={6} defaultValue={[...values.focusSectors]} className={controlClasses}>
          {sectors.filter((sector) => sector.level === "division" && (sector.priority || values.focusSectors.includes(sector.code))).map((sector) => (
            <option key={sector.code} value={sector.code}>{labelOf(sector, locale)}</option>
          ))}
        </select>
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="autoApprove" defaultChecked={values.autoApprove} className="size-5" />
        {t("autoApprove")}
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={values.published} className="size-5" />
        {t("publish")}
      </label>
      <Button type="submit" disabled={create.isPending || update.isPending} className="self-start">{event === undefined ? t("submit") : t("save")}</Button>
    </form>
  );
}
