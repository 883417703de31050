"use client";
import { hsChapterCodes, meetingOutcomes } from "@karvon/data";
import { dateWordsOf } from "@/lib/dates/date-words";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useMessages, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { timeZoneFor } from "@/i18n/time-zone";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { dayIn, timeIn, zoneCity } from "./event-time";
import { textLinkClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { Catalogue } from "./event-catalogue";
import { Reasons } from "./match-reasons";
import { buttonClass, secondaryClass } from "./meeting-buttons";
import { Section } from "@/components/ui/section";

type Props = { eventId: string; companyId: string; timeZone: string };

/** The participant's desk at an event, acting for one of its registered companies. */
export function EventMeetings({ eventId, companyId, timeZone }: Props) {
  return (
    <div className="flex flex-col gap-8">
      <Agenda eventId={eventId} companyId={companyId} timeZone={timeZone} />
      <Requests eventId={eventId} companyId={companyId} />
      <Catalogue eventId={eventId} companyId={companyId} />
    </div>
  );
}

function Requests({ eventId, companyId }: { eventId: string; companyId: string }) {
  const t = useTranslations("events.meetings");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [notice, setNotice] = useState<string | null>(null);
  const requests = useQuery(trpc.events.requests.queryOptions({ eventId, companyId }));
  const words = dateWordsOf(useMessages());
  const tEvents = useTranslations("events");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.events.pathKey() });
  const accept = useMutation(
    trpc.events.accept.mutationOptions({
      onSuccess: async (result) => {
        setNotice(result.status === "scheduled" ? t("scheduled", { table: String(result.tableNo) }) : t("unschedulable"));
        await refresh();
      },
      onError: errors.fromError,
    }),
  );
  const decline = useMutation(trpc.events.decline.mutationOptions({ onSuccess: refresh, onError: errors.fromError }));
  return (
    <Section titleId="requests-title" title={t("requests")} titleClassName="text-2xl font-semibold">
      {notice ? <FormAlert tone="info">{notice}</FormAlert> : null}
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      {requests.data?.length === 0 ? <p className="mt-2">{t("noRequests")}</p> : null}
      <ul className="mt-3 flex flex-col gap-3">
        {requests.data?.map((request) => (
          <li key={request.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="meeting-request">
            <p className="font-semibold">{request.incoming ? t("from", { company: request.company.name }) : t("to", { company: request.company.name })}</p>
            <p className="text-sm">{dayIn(request.createdAt, timeZoneFor(locale), words)} · {tEvents(`requestStatus.${request.status}`)}</p>
            <p className="mt-1 whitespace-pre-line">{request.message}</p>
            {request.incoming && request.status === "pending" ? (
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="button" className={buttonClass} disabled={accept.isPending} onClick={() => accept.mutate({ requestId: request.id })}>{t("accept")}</button>
                <button type="button" className={secondaryClass} disabled={decline.isPending} onClick={() => decline.mutate({ requestId: request.id })}>{t("decline")}</button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Agenda({ eventId, companyId, timeZone }: Props) {
  const t = useTranslations("events");
  const locale = useLocale();
  const trpc = useTRPC();
  const agenda = useQuery(trpc.events.agenda.queryOptions({ eventId, companyId }));
  const words = dateWordsOf(useMessages());
  const readerZone = timeZoneFor(locale);
  const items = agenda.data?.items ?? [];
  return (
    <Section titleId="agenda-title" title={t("meetings.agenda")} titleClassName="text-2xl font-semibold">
      {agenda.data ? (
        <p className="text-sm">
          <a href={`/api/events/${eventId}/agenda.ics?company=${companyId}&locale=${locale}`} className={textLinkClasses}>{t("meetings.icsAll")}</a>
        </p>
      ) : null}
      {agenda.data && items.length === 0 ? <p className="mt-2">{t("meetings.noMeetings")}</p> : null}
      <ol className="mt-3 flex flex-col gap-3">
        {items.map((item) => (
          <li key={item.meetingId} className="rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="agenda-item">
            <p className="font-semibold">{t("meetings.with", { company: item.partner.name })}</p>
            <p data-testid="agenda-event-time">
              {t("meetings.when", {
                day: dayIn(item.startsAt, timeZone, words),
                from: timeIn(item.startsAt, timeZone),
                to: timeIn(item.endsAt, timeZone),
                zone: t(`zones.${zoneCity(timeZone)}`),
              })}
            </p>
            {readerZone !== timeZone ? (
              <p className="text-sm" data-testid="agenda-own-time">
                {t("meetings.ownTime", { from: timeIn(item.startsAt, readerZone), zone: t(`zones.${zoneCity(readerZone)}`) })}
              </p>
            ) : null}
            <p className="text-sm" data-testid="agenda-table">{t("meetings.table", { table: String(item.tableNo) })} · {t(`meetingStatus.${item.status}`)}</p>
            <Reasons reasons={item.reasons} />
            <p className="text-sm">
              <a href={`/api/events/${eventId}/agenda.ics?company=${companyId}&meeting=${item.meetingId}&locale=${locale}`} className={textLinkClasses}>{t("meetings.icsOne")}</a>
            </p>
            {item.status === "scheduled" && (item.startsAt <= new Date() || agenda.data?.checkedInAt != null) ? (
              <OutcomeForm meetingId={item.meetingId} companyId={companyId} current={item.ownOutcome?.outcome ?? null} />
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function OutcomeForm({ meetingId, companyId, current }: { meetingId: string; companyId: string; current: string | null }) {
  const t = useTranslations("events.outcomeForm");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [outcome, setOutcome] = useState(current ?? "");
  const [saved, setSaved] = useState(false);
  const report = useMutation(
    trpc.events.reportOutcome.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.events.pathKey() });
      },
      onError: errors.fromError,
    }),
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = String(form.get("valueUsd") ?? "").replace(/\s/g, "");
    const chapters = String(form.get("hsChapters") ?? "").split(/[\s,]+/).filter((code) => code !== "").map((code) => code.padStart(2, "0"));
    errors.clear();
    setSaved(false);
    report.mutate({
      meetingId,
      companyId,
      outcome: outcome as (typeof meetingOutcomes)[number],
      valueUsd: outcome === "contract" && value !== "" ? Number(value) : undefined,
      hsChapters: chapters.filter((code) => (hsChapterCodes as readonly string[]).includes(code)) as (typeof hsChapterCodes)[number][],
    });
  }
  return (
    <form onSubmit={submit} className="mt-3 flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
      <fieldset>
        <legend className="font-medium">{t("title")}</legend>
        {meetingOutcomes.map((code) => (
          <label key={code} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="outcome" value={code} checked={outcome === code} onChange={() => setOutcome(code)} className="size-5" />
            {t(`outcome.${code}`)}
          </label>
        ))}
      </fieldset>
      {outcome === "contract" ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("value")}
            <input name="valueUsd" inputMode="numeric" className={controlClasses} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("hsChapters")}
            <input name="hsChapters" className={controlClasses} />
          </label>
        </div>
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("selfReported")}</p>
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      {errors.messageOf("valueUsd") ? <FormAlert tone="error">{errors.messageOf("valueUsd")}</FormAlert> : null}
      {saved ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      <button type="submit" disabled={outcome === "" || report.isPending} className={`${buttonClass} self-start`}>{t("submit")}</button>
    </form>
  );
}
