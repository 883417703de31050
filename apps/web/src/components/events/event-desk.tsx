"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { dateWordsOf } from "@/lib/dates/date-words";
import { useMessages, useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { dayIn, timeIn } from "./event-time";
import { controlClasses } from "@/components/ui/field";
import { Section } from "@/components/ui/section";

const smallButton = "min-h-11 rounded-md border border-slate-300 px-3 text-sm dark:border-slate-700";

/** The organiser's desk for one event. */
export function EventDesk({ eventId, slug, timeZone }: { eventId: string; slug: string; timeZone: string }) {
  const t = useTranslations("events");
  const words = dateWordsOf(useMessages());
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const registrations = useQuery(trpc.events.registrations.queryOptions({ eventId }));
  const meetings = useQuery(trpc.events.meetings.queryOptions({ eventId }));
  const page = useQuery(trpc.events.bySlug.queryOptions({ slug }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.events.pathKey() });
  const options = { onSuccess: refresh, onError: errors.fromError };
  // Moving and cancelling mail both companies: the organiser is told that they were.
  const [notified, setNotified] = useState(false);
  const changeOptions = {
    onMutate: () => setNotified(false),
    onSuccess: async () => {
      setNotified(true);
      await refresh();
    },
    onError: errors.fromError,
  };
  const decide = useMutation(trpc.events.decideRegistration.mutationOptions(options));
  const checkIn = useMutation(trpc.events.checkIn.mutationOptions(options));
  const cancel = useMutation(trpc.events.cancelMeeting.mutationOptions(changeOptions));
  const noShow = useMutation(trpc.events.markNoShow.mutationOptions(options));
  const move = useMutation(trpc.events.moveMeeting.mutationOptions(changeOptions));
  const slotLabel = (at: Date) => `${dayIn(at, timeZone, words)} ${timeIn(at, timeZone)}`;
  return (
    <div className="flex flex-col gap-8">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      {notified ? <FormAlert tone="success">{t("staff.changesNotified")}</FormAlert> : null}
      <Section titleId="desk-registrations" title={t("staff.registrations")}>
        <ul className="mt-3 flex flex-col gap-2">
          {registrations.data?.map((row) => (
            <li key={row.registrationId} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="desk-registration">
              <span className="font-semibold">{row.name}</span>
              <span className="text-sm">{t(`countries.${row.country === "AZ" ? "az" : "uz"}`)} · {t(`register.status.${row.status}`)}{row.checkedInAt ? ` · ${t("staff.checkedIn")}` : ""}</span>
              {row.status !== "approved" ? (
                <button type="button" className={smallButton} onClick={() => decide.mutate({ registrationId: row.registrationId, decision: "approved" })}>{t("staff.approve", { company: row.name })}</button>
              ) : null}
              {row.status === "pending" ? (
                <button type="button" className={smallButton} onClick={() => decide.mutate({ registrationId: row.registrationId, decision: "rejected" })}>{t("staff.reject", { company: row.name })}</button>
              ) : null}
              {row.status === "approved" ? (
                <button type="button" className={smallButton} onClick={() => checkIn.mutate({ registrationId: row.registrationId, checkedIn: row.checkedInAt === null })}>
                  {row.checkedInAt === null ? t("staff.checkIn", { company: row.name }) : t("staff.undoCheckIn", { company: row.name })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section titleId="desk-meetings" title={t("staff.meetings")}>
        {meetings.data?.length === 0 ? <p>{t("meetings.noMeetings")}</p> : null}
        <ul className="mt-3 flex flex-col gap-2">
          {meetings.data?.map((meeting) => (
            <li key={meeting.meetingId} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="desk-meeting">
              <span className="font-semibold">{meeting.from.name} — {meeting.to.name}</span>
              <span className="text-sm">{slotLabel(meeting.startsAt)} · {t("meetings.table", { table: String(meeting.tableNo) })} · {t(`meetingStatus.${meeting.status}`)}</span>
              {meeting.status === "scheduled" ? (
                <>
                  <label className="flex items-center gap-1 text-sm">
                    {t("staff.moveTo")}
                    <select
                      className={controlClasses}
                      value={meeting.slotId}
                      onChange={(event) => move.mutate({ meetingId: meeting.meetingId, slotId: event.target.value })}
                    >
                      {page.data?.slots.map((slot) => (
                        <option key={slot.id} value={slot.id}>{slotLabel(slot.startsAt)}</option>
                      ))}
                    </select>
                  </label>
                  <button type="button" className={smallButton} onClick={() => noShow.mutate({ meetingId: meeting.meetingId })}>{t("staff.noShow")}</button>
                  <button type="button" className={smallButton} onClick={() => cancel.mutate({ meetingId: meeting.meetingId })}>{t("staff.cancel")}</button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
