"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { authClient } from "@/lib/auth-client";
import { useFieldErrors } from "@/lib/field-errors";
import { FormAlert } from "../forms/form-alert";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { Button } from "@/components/ui/button";

export const sessionsQueryKey = ["auth", "sessions"] as const;

/** Where I am signed in, and "sign out everywhere" (this device included). */
export function SessionsList({ currentSessionId }: { currentSessionId: string }) {
  const t = useTranslations("account");
  const formatDate = useDateFormat();
  const router = useRouter();
  const errors = useFieldErrors();
  const [pending, setPending] = useState(false);
  const sessions = useQuery({
    queryKey: sessionsQueryKey,
    queryFn: async () => {
      const { data, error } = await authClient.listSessions();
      if (error) throw new Error(error.message);
      return data;
    },
  });

  async function signOutEverywhere() {
    setPending(true);
    const { error } = await authClient.revokeSessions();
    setPending(false);
    if (error) return errors.fromError(error);
    router.push("/sign-in");
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      {sessions.isPending ? <p className="text-sm">{t("sessions.loading")}</p> : null}
      <ul className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800" data-testid="sessions">
        {(sessions.data ?? []).map((session) => (
          <li key={session.id} className="flex flex-col gap-0.5 py-2 text-sm">
            <span className="font-medium break-words">
              {session.userAgent || t("sessions.unknownDevice")}
              {session.id === currentSessionId ? ` · ${t("sessions.current")}` : null}
            </span>
            <span className="break-all text-slate-600 dark:text-slate-400">
              {t("sessions.since", { date: formatDate(new Date(session.createdAt), "dateTime") })}
              {session.ipAddress ? ` · ${session.ipAddress}` : null}
            </span>
          </li>
        ))}
      </ul>
      <Button
        onClick={() => void signOutEverywhere()}
        disabled={pending}
        variant="secondary" className="self-start"
      >
        {t("sessions.signOutEverywhere")}
      </Button>
    </div>
  );
}
