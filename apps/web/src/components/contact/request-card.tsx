"use client";

import type { RouterOutputs } from "@karvon/api";
import { byCode, contactPurposes, declineReasons, labelOf, localizedTextOf } from "@karvon/data";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { ReportButton } from "../moderation/report-button";
import { MessageText } from "./message-text";
import { StatusPill } from "./status-pill";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { TextLink } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";

export type InboxRequest = RouterOutputs["contact"]["inbox"]["received"][number];

const buttonClass = "inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold";

/** One request in the inbox, with the actions its side may take. */
export function RequestCard({ request, side }: { request: InboxRequest; side: "received" | "sent" }) {
  const t = useTranslations("contact.inbox");
  const locale = useLocale();
  const formatDate = useDateFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const errors = useFieldErrors();
  const [declining, setDeclining] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.contact.pathKey() });

  const accept = useMutation(
    trpc.contact.accept.mutationOptions({
      onSuccess: async ({ conversationId }) => {
        await refresh();
        router.push(`/inbox/${conversationId}`);
      },
      onError: errors.fromError,
    }),
  );
  const decline = useMutation(trpc.contact.decline.mutationOptions({ onSuccess: refresh, onError: errors.fromError }));
  const withdraw = useMutation(trpc.contact.withdraw.mutationOptions({ onSuccess: refresh, onError: errors.fromError }));
  const busy = accept.isPending || decline.isPending || withdraw.isPending;

  const purpose = byCode(contactPurposes, request.purpose);
  const reason = request.declineReason === null ? undefined : byCode(declineReasons, request.declineReason);
  const status = request.status;

  function submitDecline(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = String(form.get("reason") ?? "");
    const reasonCode = declineReasons.find((item) => item.code === chosen)?.code;
    const note = String(form.get("note") ?? "");
    decline.mutate({ requestId: request.id, reason: reasonCode, note: note === "" ? undefined : note });
  }

  return (
    <article data-testid="contact-request" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">
          {request.otherCompany === null ? (
            // The other company was removed with its last member's account; the request stays on record.
            t(side === "received" ? "fromDeleted" : "toDeleted")
          ) : (
            <Link href={`/companies/${request.otherCompany.slug}`} className="hover:text-brand-600">
              {t(side === "received" ? "from" : "to", { company: request.otherCompany.name })}
            </Link>
          )}
        </h3>
        <StatusPill status={status} />
      </header>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t("purpose", { purpose: purpose === undefined ? request.purpose : labelOf(purpose, locale) })} ·{" "}
        {t("sentOn", { date: formatDate(request.createdAt, "date") })}
        {status === "pending" ? ` · ${t("expiresOn", { date: formatDate(request.expiresAt, "date") })}` : ""}
      </p>
      {request.listingId !== null && side === "received" ? (
        <p className="mt-1 text-sm" data-testid="request-listing">
          {t.rich("aboutListing", {
            title: request.listingTitle === null ? "—" : localizedTextOf(request.listingTitle, locale),
            link: (chunks) => <TextLink href={`/listings/${request.listingId}`} className="font-medium">{chunks}</TextLink>,
          })}
        </p>
      ) : null}
      <MessageText text={request.message} className="mt-3 text-sm" />
      {status === "declined" && reason !== undefined ? (
        <p className="mt-2 text-sm">{t("declineReason", { reason: labelOf(reason, locale) })}</p>
      ) : null}
      {status === "declined" && request.declineNote !== null ? (
        <p className="mt-1 text-sm">{t("declineNote", { note: request.declineNote })}</p>
      ) : null}

      {errors.messageOf("form") ? (
        <div className="mt-3">
          <FormAlert tone="error">{errors.messageOf("form")}</FormAlert>
        </div>
      ) : null}

      <div className="mt-3 flex flex-wrap gap-2">
        {status === "pending" && side === "received" && !declining ? (
          <>
            <button
              type="button"
              disabled={busy}
              onClick={() => accept.mutate({ requestId: request.id })}
              className={`${buttonClass} bg-brand-600 text-white hover:bg-brand-700 disabled:opacity-60`}
            >
              {t("actions.accept")}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => setDeclining(true)}
              className={`${buttonClass} border border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800`}
            >
              {t("actions.decline")}
            </button>
          </>
        ) : null}
        {status === "pending" && side === "sent" ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => withdraw.mutate({ requestId: request.id })}
            className={`${buttonClass} border border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800`}
          >
            {t("actions.withdraw")}
          </button>
        ) : null}
        {request.conversationId !== null ? (
          <Link
            href={`/inbox/${request.conversationId}`}
            className={`${buttonClass} bg-brand-600 text-white hover:bg-brand-700`}
          >
            {t("actions.open")}
          </Link>
        ) : null}
      </div>

      {side === "received" ? (
        <div className="mt-2 flex flex-col">
          <ReportButton targetType="contact-request" targetId={request.id} label={t("reportRequest")} />
        </div>
      ) : null}

      {declining ? (
        <form onSubmit={submitDecline} className="mt-3 flex flex-col gap-3 rounded-md bg-slate-50 p-3 dark:bg-slate-800">
          <p className="font-medium">{t("decline.title")}</p>
          <label className="flex flex-col gap-1 text-sm">
            {t("decline.reason")}
            <select name="reason" className={controlClasses}>
              <option value="">{t("decline.noReason")}</option>
              {declineReasons.map((item) => (
                <option key={item.code} value={item.code}>
                  {labelOf(item, locale)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("decline.note")}
            <textarea name="note" maxLength={1000} rows={2} className={controlClasses} />
          </label>
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={busy} className={`${buttonClass} bg-red-700 text-white hover:bg-red-800 disabled:opacity-60`}>
              {t("decline.confirm")}
            </button>
            <button type="button" onClick={() => setDeclining(false)} className={`${buttonClass} border border-slate-300 dark:border-slate-700`}>
              {t("decline.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
