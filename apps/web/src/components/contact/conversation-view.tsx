"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { Link } from "@/i18n/navigation";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { ReportButton } from "../moderation/report-button";
import { ContactCard } from "./contact-card";
import { MessageText } from "./message-text";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

/** A message typed here and not yet confirmed by the server; its key makes a retry write it only once. */
type PendingMessage = { key: string; body: string; failed: boolean };

const refreshEveryMs = 15_000;

/** A thread between two companies: the opening request, messages as plain text, contact card, send box. */
export function ConversationView({ conversationId }: { conversationId: string }) {
  const t = useTranslations("contact.thread");
  const tActing = useTranslations("companies.acting");
  const formatDate = useDateFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const thread = useQuery({ ...trpc.contact.conversations.byId.queryOptions({ conversationId }), refetchInterval: refreshEveryMs });
  const [draft, setDraft] = useState("");
  const [pending, setPending] = useState<PendingMessage[]>([]);

  const markRead = useMutation(
    trpc.contact.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.contact.unreadCount.queryKey() }),
    }),
  );
  const lastMessageId = thread.data?.messages.at(-1)?.id;
  const { mutate: markReadMutate } = markRead;
  useEffect(() => {
    if (thread.isSuccess) markReadMutate({ conversationId });
  }, [conversationId, lastMessageId, thread.isSuccess, markReadMutate]);

  const send = useMutation(trpc.contact.conversations.send.mutationOptions());

  function deliver(message: PendingMessage) {
    setPending((list) => list.map((item) => (item.key === message.key ? { ...item, failed: false } : item)));
    send.mutate(
      { conversationId, body: message.body, idempotencyKey: message.key },
      {
        onSuccess: () => {
          // The pending copy goes once the thread shows the sent message; invalidateQueries does not reject.
          void queryClient
            .invalidateQueries({ queryKey: trpc.contact.conversations.byId.queryKey({ conversationId }) })
            .then(() => setPending((list) => list.filter((item) => item.key !== message.key)));
        },
        onError: (error) => {
          errors.fromError(error);
          setPending((list) => list.map((item) => (item.key === message.key ? { ...item, failed: true } : item)));
        },
      },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = draft.trim();
    if (body === "") return;
    errors.clear();
    const message = { key: crypto.randomUUID(), body, failed: false };
    setPending((list) => [...list, message]);
    setDraft("");
    deliver(message);
  }

  if (thread.isPending) return <p>…</p>;
  if (thread.isError || thread.data === undefined) {
    return <FormAlert tone="error">{errors.messageOf("form") ?? t("back")}</FormAlert>;
  }
  const data = thread.data;
  const otherName = data.otherCompany?.name ?? "";
  const otherDeleted = data.otherCompany?.deleted === true;
  const paused = data.otherCompany?.suspended === true || otherDeleted;

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="flex min-w-0 flex-col gap-4">
        {/* Back to the inbox of the company this conversation belongs to, whichever one was active before. */}
        <Link href={{ pathname: "/inbox", query: { company: data.myCompanyId } }} className="inline-flex min-h-11 w-fit items-center text-sm text-brand-700 hover:underline dark:text-brand-100">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-bold">{otherDeleted ? t("titleDeleted") : t("title", { company: otherName })}</h1>
        <p className="text-sm" data-testid="conversation-acting-for">
          <span className="text-slate-600 dark:text-slate-400">{tActing("label")}</span> <span className="font-semibold">{data.myCompanyName}</span>
        </p>
        {data.request !== null ? (
          <section className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
            <h2 className="font-semibold">
              {otherDeleted && data.request.senderCompanyId !== data.myCompanyId
                ? t("openingDeleted")
                : t("opening", { sender: data.request.senderCompanyId === data.myCompanyId ? "mine" : "other", company: otherName })}
            </h2>
            <MessageText text={data.request.message} className="mt-2" />
            {data.request.senderCompanyId === data.myCompanyId ? null : (
              <div className="mt-1 flex flex-col">
                <ReportButton targetType="contact-request" targetId={data.request.id} label={t("reportRequest")} />
              </div>
            )}
          </section>
        ) : null}

        <ol aria-live="polite" className="flex flex-col gap-3" data-testid="message-list">
          {data.messages.length === 0 && pending.length === 0 ? <li className="text-slate-600 dark:text-slate-400">{t("empty")}</li> : null}
          {data.messages.map((message) => (
            <li key={message.id} data-testid="message" className={`flex flex-col ${message.mine ? "items-end" : "items-start"}`}>
              <div
                className={`max-w-[85%] rounded-lg px-3 py-2 text-sm ${message.mine ? "bg-brand-600 text-white [&_a]:text-white" : "bg-white ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"}`}
              >
                <MessageText text={message.body} />
              </div>
              <span className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {message.mine ? t("you") : otherDeleted ? t("deletedCompany") : otherName} · {message.senderName ?? t("deletedUser")} ·{" "}
                {formatDate(message.createdAt, "dateTime")}
              </span>
              {message.mine ? null : (
                <div className="flex max-w-full flex-col">
                  <ReportButton targetType="message" targetId={message.id} label={t("reportMessage")} />
                </div>
              )}
            </li>
          ))}
          {pending.map((message) => (
            <li key={message.key} data-testid="message" className="flex flex-col items-end">
              {/* Not sent yet: an outlined bubble (a faded one fails the contrast check while it waits). */}
              <div className="max-w-[85%] rounded-lg border-2 border-dashed border-brand-600 bg-white px-3 py-2 text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100">
                <MessageText text={message.body} />
              </div>
              <span className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {message.failed ? (
                  <>
                    {t("composer.failed")}{" "}
                    <button type="button" onClick={() => deliver(message)} className="min-h-11 underline">
                      {t("composer.retry")}
                    </button>
                  </>
                ) : (
                  t("composer.sending")
                )}
              </span>
            </li>
          ))}
        </ol>

        {paused ? <FormAlert tone="info">{otherDeleted ? t("deleted") : t("paused")}</FormAlert> : null}
        {errors.messageOf("form") ?? errors.messageOf("body") ? (
          <FormAlert tone="error">{errors.messageOf("form") ?? errors.messageOf("body")}</FormAlert>
        ) : null}
        <form onSubmit={submit} className="flex flex-col gap-2">
          <TextAreaField
            id="message-body"
            name="body"
            label={t("composer.label")}
            hint={t("composer.hint")}
            rows={3}
            maxLength={4000}
            value={draft}
            disabled={paused}
            onChange={(event) => setDraft(event.target.value)}
          />
          <Button
            type="submit"
            disabled={paused || draft.trim() === ""}
            className="w-fit"
          >
            {t("composer.send")}
          </Button>
        </form>
      </div>
      <aside>
        {otherDeleted ? null : <ContactCard company={otherName} contact={data.otherContact} />}
      </aside>
    </div>
  );
}
