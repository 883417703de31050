"use client";

import { emailSchema } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, useTranslateError } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/** Members of one company: the owner invites by e-mail, removes members and hands over ownership. */
export function MembersPanel({ companyId, isOwner, myUserId }: { companyId: string; isOwner: boolean; myUserId: string }) {
  const t = useTranslations("companies.members");
  const translate = useTranslateError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.company.listMembers.queryOptions({ companyId }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.company.listMembers.queryKey({ companyId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.company.mine.queryKey() }),
    ]);
  const invite = useMutation(trpc.company.invite.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.company.removeMember.mutationOptions({ onSuccess: refresh }));
  const transfer = useMutation(trpc.company.transferOwnership.mutationOptions({ onSuccess: refresh }));
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function sendInvite(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const checked = emailSchema.safeParse(email);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? "errors.email");
    try {
      await invite.mutateAsync({ companyId, email: checked.data });
      setNotice(t("invited", { email: checked.data }));
      setEmail("");
    } catch (failure) {
      const fields = fieldErrorsOf(failure);
      setError(fields.email ?? fields.form ?? "errors.internal");
    }
  }

  async function act(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(fieldErrorsOf(failure).form ?? "errors.internal");
    }
  }

  return (
    <div className="flex flex-col gap-4" data-testid={`members-${companyId}`}>
      {error ? <FormAlert tone="error">{translate(error)}</FormAlert> : null}
      {notice ? <FormAlert tone="success">{notice}</FormAlert> : null}
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {(members.data?.members ?? []).map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{member.name}</span> <span className="text-sm text-slate-600 dark:text-slate-400">{member.email}</span>
              <span className="ml-2 rounded-full bg-sand-100 px-2 py-0.5 text-xs dark:bg-slate-800">{t(`roles.${member.role}`)}</span>
            </span>
            {isOwner && member.userId !== myUserId ? (
              <span className="flex gap-2">
                <Button variant="secondary" size="sm" onClick={() => { if (window.confirm(t("confirmTransfer", { name: member.name }))) void act(() => transfer.mutateAsync({ companyId, userId: member.userId })); }}>
                  {t("makeOwner")}
                </Button>
                <Button variant="danger" size="sm" onClick={() => { if (window.confirm(t("confirmRemove", { name: member.name }))) void act(() => remove.mutateAsync({ companyId, userId: member.userId })); }}>
                  {t("remove")}
                </Button>
              </span>
            ) : null}
            {!isOwner && member.userId === myUserId ? (
              <Button variant="secondary" size="sm" onClick={() => { if (window.confirm(t("confirmLeave"))) void act(() => remove.mutateAsync({ companyId, userId: myUserId })); }}>
                {t("leave")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {(members.data?.invitations ?? []).length > 0 ? (
        <div>
          <h4 className="text-sm font-medium">{t("pending")}</h4>
          <ul className="text-sm text-slate-700 dark:text-slate-300">
            {members.data?.invitations.map((invitation) => <li key={invitation.id}>{invitation.email}</li>)}
          </ul>
        </div>
      ) : null}
      {isOwner ? (
        <form onSubmit={sendInvite} noValidate className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <TextField name={`invite-${companyId}`} type="email" label={t("inviteLabel")} value={email} onChange={(event) => setEmail(event.target.value)} />
          </div>
          <SubmitButton pending={invite.isPending}>{t("invite")}</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
