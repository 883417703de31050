"use client";
import { eventTimeZones, labelOf, sectors } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { controlClasses, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

const languages = ["en", "ru", "uz", "az"] as const;

/** Staff: a new event, its day plan and its registration window. Slots are made from the plan on the server. */
export function EventForm() {
  const t = useTranslations("events.staff");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const errors = useFieldErrors();
  const create = useMutation(
    trpc.events.create.mutationOptions({
      onSuccess: (event) => router.push(`/admin/events/${event.id}`),
      onError: errors.fromError,
    }),
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const localized = (prefix: string) => Object.fromEntries(languages.map((language) => [language, text(`${prefix}-${language}`)]));
    const breakStart = text("breakStart");
    const breakEnd = text("breakEnd");
    errors.clear();
    create.mutate({
      slug: text("slug"),
      name: localized("name"),
      description: localized("description"),
      city: text("city"),
      venue: text("venue"),
      timeZone: text("timeZone") as (typeof eventTimeZones)[number],
      startDate: text("startDate"),
      endDate: text("endDate"),
      dayStart: text("dayStart"),
      dayEnd: text("dayEnd"),
      meetingMinutes: Number(text("meetingMinutes")),
      breaks: breakStart !== "" && breakEnd !== "" ? [{ start: breakStart, end: breakEnd }] : [],
      tableCount: Number(text("tableCount")),
      registrationOpensAt: new Date(`${text("registrationOpens")}T00:00:00Z`),
      registrationClosesAt: new Date(`${text("registrationCloses")}T23:59:59Z`),
      focusSectors: form.getAll("focusSectors").map(String) as never[],
      requestLimit: Number(text("requestLimit")),
      autoApproveVerified: form.get("autoApprove") === "on",
      published: form.get("published") === "on",
    });
  }
  const error = (field: string) => errors.messageOf(field);
  return (
    <form onSubmit={submit} className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-labelledby="new-event-title" noValidate>
      <h2 id="new-event-title" className="text-xl font-semibold">{t("create")}</h2>
      {error("form") ? <FormAlert tone="error">{error("form")}</FormAlert> : null}
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} isRequired error={error("slug")} />
      <div className="grid gap-3 sm:grid-cols-2">
        {languages.map((language) => (
          <TextField key={language} name={`name-${language}`} label={t("name", { language: t(`language.${language}`) })} isRequired={language === "en"} error={language === "en" ? error("name") : undefined} />
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {languages.map((language) => (
          <label key={language} className="flex flex-col gap-1 text-sm font-medium">
            {t("description", { language: t(`language.${language}`) })}
            <textarea name={`description-${language}`} rows={3} className={controlClasses} />
          </label>
        ))}
      </div>
      {error("description") ? <p className="text-sm text-red-700 dark:text-red-400">{error("description")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="city" label={t("city")} isRequired error={error("city")} />
        <TextField name="venue" label={t("venue")} isRequired error={error("venue")} />
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("timeZone")}
          <select name="timeZone" className={controlClasses} defaultValue="Asia/Tashkent">
            {eventTimeZones.map((zone) => (
              <option key={zone} value={zone}>{t(`zone.${zone === "Asia/Baku" ? "baku" : "tashkent"}`)}</option>
            ))}
          </select>
        </label>
        <TextField name="tableCount" label={t("tables")} type="number" min={1} max={500} defaultValue={20} isRequired error={error("tableCount")} />
        <TextField name="startDate" label={t("startDate")} type="date" isRequired error={error("startDate")} />
        <TextField name="endDate" label={t("endDate")} type="date" isRequired error={error("endDate")} />
        <TextField name="dayStart" label={t("dayStart")} type="time" defaultValue="09:00" isRequired error={error("dayStart")} />
        <TextField name="dayEnd" label={t("dayEnd")} type="time" defaultValue="17:00" isRequired error={error("dayEnd")} />
        <TextField name="meetingMinutes" label={t("meetingMinutes")} type="number" min={10} max={120} defaultValue={30} isRequired error={error("meetingMinutes")} />
        <TextField name="requestLimit" label={t("requestLimit")} type="number" min={1} max={200} defaultValue={20} isRequired error={error("requestLimit")} />
        <TextField name="breakStart" label={t("breakStart")} type="time" defaultValue="13:00" error={error("breaks")} />
        <TextField name="breakEnd" label={t("breakEnd")} type="time" defaultValue="14:00" />
        <TextField name="registrationOpens" label={t("registrationOpens")} type="date" isRequired error={error("registrationOpensAt")} />
        <TextField name="registrationCloses" label={t("registrationCloses")} type="date" isRequired error={error("registrationClosesAt")} />
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("focusSectors")}
        <select name="focusSectors" multiple size={6} className={controlClasses}>
          {sectors.filter((sector) => sector.level === "division" && sector.priority).map((sector) => (
            <option key={sector.code} value={sector.code}>{labelOf(sector, locale)}</option>
          ))}
        </select>
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="autoApprove" defaultChecked className="size-5" />
        {t("autoApprove")}
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="published" defaultChecked className="size-5" />
        {t("publish")}
      </label>
      <Button type="submit" disabled={create.isPending} className="self-start">{t("submit")}</Button>
    </form>
  );
}
