"use client";

import { emailSchema, localeNames, locales, type Locale } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { fieldErrorsOf, useTranslateError } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";

/**
 * The people of an approved organisation of advisers: who acts for it, whom they invited, and the invitation
 * form (the mail in the colleague's language). Any adviser invites, revokes and removes — never the last one.
 */
export function AdviserTeamPanel() {
  const t = useTranslations("advisers.team");
  const translate = useTranslateError();
  const formatDate = useDateFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.advisers.team.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.advisers.team.queryKey() });
  const invite = useMutation(trpc.advisers.invite.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.advisers.revokeInvitation.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.advisers.removeAdviser.mutationOptions({ onSuccess: refresh }));
  const [email, setEmail] = useState("");
  const locale = useLocale();
  const [language, setLanguage] = useState<Locale>(locale);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function act(action: () => Promise<unknown>, done: string) {
    setError(null);
    setNotice(null);
    try {
      await action();
      setNotice(done);
    } catch (failure) {
      const fields = fieldErrorsOf(failure);
      setError(fields.email ?? fields.form ?? "errors.internal");
    }
  }

  function sendInvite(event: FormEvent) {
    event.preventDefault();
    const checked = emailSchema.safeParse(email);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? "errors.email");
    void act(async () => {
      await invite.mutateAsync({ email: checked.data, locale: language });
      setEmail("");
    }, t("invited", { email: checked.data }));
  }

  if (team.isError) return <FormAlert tone="error">{translate(fieldErrorsOf(team.error).form)}</FormAlert>;
  const advisers = team.data?.advisers ?? [];
  const invitations = team.data?.invitations ?? [];
  return (
    <div className="flex flex-col gap-4" data-testid="adviser-team">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {error ? <FormAlert tone="error">{translate(error)}</FormAlert> : null}
      {notice ? <FormAlert tone="success">{notice}</FormAlert> : null}
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {advisers.map((person) => (
          <li key={person.userId} data-testid="adviser-team-member" className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="min-w-0 break-words">
              <span className="font-medium">{person.name}</span>
              {person.isMe ? <span className="text-sm text-slate-600 dark:text-slate-400"> ({t("you")})</span> : null}{" "}
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {person.email} · {t("since", { date: formatDate(person.since, "longDate") })}
              </span>
            </span>
            {advisers.length > 1 ? (
              <AskedButton variant="danger" question={t("confirmRemove", { name: person.name })} disabled={remove.isPending} onConfirmed={() => void act(() => remove.mutateAsync({ userId: person.userId }), t("removed", { name: person.name }))}>
                {t("remove")}
              </AskedButton>
            ) : null}
          </li>
        ))}
      </ul>
      {advisers.length === 1 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("lastOne")}</p> : null}
      {invitations.length > 0 ? (
        <div>
          <h3 className="text-sm font-medium">{t("pending")}</h3>
          <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
            {invitations.map((invitation) => (
              <li key={invitation.id} data-testid="adviser-team-invitation" className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0 break-words">
                  {invitation.email} <span className="text-slate-600 dark:text-slate-400">· {t("expires", { date: formatDate(invitation.expiresAt, "longDate") })}</span>
                </span>
                <AskedButton variant="secondary" question={t("confirmRevoke", { email: invitation.email })} disabled={revoke.isPending} onConfirmed={() => void act(() => revoke.mutateAsync({ invitationId: invitation.id }), t("revoked", { email: invitation.email }))}>
                  {t("revoke")}
                </AskedButton>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={sendInvite} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <TextField name="adviser-invite-email" type="email" autoComplete="off" label={t("emailLabel")} value={email} onChange={(event) => setEmail(event.target.value)} />
        </div>
        <div className="min-w-0 basis-48">
          <SelectField
            name="adviser-invite-language"
            label={t("languageLabel")}
            options={locales.map((code) => ({ value: code, label: localeNames[code] }))}
            value={language}
            onValueChange={(code) => setLanguage(code as Locale)}
          />
        </div>
        <SubmitButton pending={invite.isPending}>{t("invite")}</SubmitButton>
        <p className="basis-full text-xs text-slate-600 dark:text-slate-400">{t("languageHint")}</p>
      </form>
    </div>
  );
}

/** A small button that asks before it acts: removing a person or revoking a link cannot be undone. */
function AskedButton(props: { variant: "danger" | "secondary"; question: string; disabled: boolean; onConfirmed: () => void; children: ReactNode }) {
  return (
    <Button variant={props.variant} size="sm" disabled={props.disabled} onClick={() => window.confirm(props.question) && props.onConfirmed()}>
      {props.children}
    </Button>
  );
}
