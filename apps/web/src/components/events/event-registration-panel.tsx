"use client";
import { localizedTextOf } from "@karvon/data";
import { dateWordsOf } from "@/lib/dates/date-words";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useMessages, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { timeZoneFor } from "@/i18n/time-zone";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { dayIn, timeIn } from "./event-time";
import { Button, TextLink } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { Section } from "@/components/ui/section";

type Slot = { id: string; startsAt: Date; endsAt: Date };
type Props = { eventId: string; slug: string; slots: readonly Slot[]; timeZone: string };

const boxClass = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";

/** Taking part: choose one of my companies, register it (attendees, listings, availability), see its status. */
export function EventRegistrationPanel({ eventId, slug, slots, timeZone }: Props) {
  const t = useTranslations("events.register");
  const trpc = useTRPC();
  const mine = useQuery({ ...trpc.company.mine.queryOptions(), retry: false });
  const companies = (mine.data ?? []).filter((company) => company.isPublic);
  const [chosen, setChosen] = useState<string | null>(null);
  const companyId = chosen ?? companies[0]?.id ?? null;

  if (mine.isPending) return null;
  if (mine.isError) {
    return (
      <Section titleId="register-title" title={t("title")} className={boxClass}>
        <p className="mt-2">
          <TextLink href={`/sign-in?next=${encodeURIComponent(`/events/${slug}`)}`}>{t("signIn")}</TextLink>
        </p>
      </Section>
    );
  }
  if (companies.length === 0) {
    return (
      <Section titleId="register-title" title={t("title")} className={boxClass}>
        <p className="mt-2">{t("noCompany")}</p>
      </Section>
    );
  }
  return (
    <Section titleId="register-title" title={t("title")} className={boxClass}>
      {companies.length > 1 ? (
        <label className="mt-2 flex flex-col gap-1 text-sm font-medium">
          {t("company")}
          <select className={controlClasses} value={companyId ?? ""} onChange={(event) => setChosen(event.target.value)}>
            {companies.map((company) => (
              <option key={company.id} value={company.id}>{company.legalName}</option>
            ))}
          </select>
        </label>
      ) : null}
      {companyId === null ? null : <CompanyRegistration key={companyId} eventId={eventId} slug={slug} companyId={companyId} slots={slots} timeZone={timeZone} />}
    </Section>
  );
}

function CompanyRegistration({ eventId, slug, companyId, slots, timeZone }: Props & { companyId: string }) {
  const t = useTranslations("events.register");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const messages = useMessages();
  const state = useQuery(trpc.events.myRegistration.queryOptions({ eventId, companyId }));
  const [editing, setEditing] = useState(false);
  const register = useMutation(
    trpc.events.register.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await queryClient.invalidateQueries({ queryKey: trpc.events.myRegistration.queryKey({ eventId, companyId }) });
      },
      onError: errors.fromError,
    }),
  );
  if (state.data === undefined) return null;
  const { people, listings, registration } = state.data;
  const readerZone = timeZoneFor(locale);
  const words = dateWordsOf(messages);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    errors.clear();
    register.mutate({
      eventId,
      companyId,
      attendeeIds: form.getAll("attendee").map(String),
      listingIds: form.getAll("listing").map(String),
      slotIds: form.getAll("slot").map(String),
    });
  }

  if (registration !== null && !editing) {
    return (
      <div className="mt-3 flex flex-col gap-2" data-testid="registration-status">
        <FormAlert tone={registration.status === "rejected" ? "error" : "success"}>{t(`status.${registration.status}`)}</FormAlert>
        {registration.status === "approved" ? (
          <TextLink href={`/events/${slug}/meetings?company=${companyId}`} className="inline-flex min-h-11 items-center font-semibold">
            {t("openMeetings")}
          </TextLink>
        ) : null}
        <Button onClick={() => setEditing(true)} variant="secondary" className="self-start">{t("edit")}</Button>
      </div>
    );
  }
  const available = new Set(registration?.slotIds ?? slots.map((slot) => slot.id));
  return (
    <form onSubmit={submit} className="mt-3 flex flex-col gap-4" aria-label={t("title")}>
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <fieldset>
        <legend className="font-medium">{t("attendees")}</legend>
        {people.map((person) => (
          <label key={person.userId} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="attendee" value={person.userId} defaultChecked={registration === null || registration.attendeeIds.includes(person.userId)} className="size-5" />
            {person.name}
          </label>
        ))}
        {errors.messageOf("attendeeIds") ? <p className="text-sm text-red-700 dark:text-red-400">{errors.messageOf("attendeeIds")}</p> : null}
      </fieldset>
      <fieldset>
        <legend className="font-medium">{t("listings")}</legend>
        {listings.length === 0 ? <p className="text-sm">{t("noListings")}</p> : null}
        {listings.map((listing) => (
          <label key={listing.id} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="listing" value={listing.id} defaultChecked={registration === null || registration.listingIds.includes(listing.id)} className="size-5" />
            {localizedTextOf(listing.title, locale)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className="font-medium">{t("availability")}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("availabilityHint")}</p>
        <div className="mt-1 grid grid-cols-1 gap-x-4 sm:grid-cols-2">
          {slots.map((slot) => (
            <label key={slot.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="slot" value={slot.id} defaultChecked={available.has(slot.id)} className="size-5" />
              {t("slotLabel", {
                day: dayIn(slot.startsAt, timeZone, words),
                time: timeIn(slot.startsAt, timeZone),
                own: timeIn(slot.startsAt, readerZone),
              })}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={register.isPending} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
