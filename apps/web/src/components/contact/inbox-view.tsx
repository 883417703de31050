"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { RequestCard } from "./request-card";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { ButtonLink } from "@/components/ui/button";

const tabs = ["received", "sent", "conversations"] as const;
export type InboxTab = (typeof tabs)[number];

function EmptyState({ text, action }: { text: string; action?: { href: string; label: string } }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
      <p>{text}</p>
      {action ? (
        <ButtonLink href={action.href} className="mt-4">
          {action.label}
        </ButtonLink>
      ) : null}
    </div>
  );
}

function ConversationList() {
  const t = useTranslations("contact.inbox");
  const formatDate = useDateFormat();
  const trpc = useTRPC();
  const conversations = useQuery(trpc.contact.conversations.list.queryOptions());
  if (conversations.isPending) return <p>{t("loading")}</p>;
  const rows = conversations.data ?? [];
  if (rows.length === 0) return <EmptyState text={t("empty.conversations")} />;
  return (
    <ul className="flex flex-col gap-2">
      {rows.map((row) => (
        <li key={row.id}>
          <Link
            href={`/inbox/${row.id}`}
            data-testid="conversation-link"
            className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600 dark:border-slate-800 dark:bg-slate-900"
          >
            <span className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-semibold">{row.otherCompany?.name ?? t("deletedCompany")}</span>
              <span className="text-xs text-slate-600 dark:text-slate-400">
                {formatDate(row.lastMessageAt, "dateTime")}
              </span>
            </span>
            <span className="line-clamp-1 text-sm text-slate-600 dark:text-slate-400">{row.lastMessage ?? t("noMessages")}</span>
            {row.unread > 0 ? (
              <span className="w-fit rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">
                {t("unread", { count: row.unread })}
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The inbox: requests received and sent, and conversations, as three tabs. */
export function InboxView({ initialTab }: { initialTab: InboxTab }) {
  const t = useTranslations("contact.inbox");
  const trpc = useTRPC();
  const [tab, setTab] = useState<InboxTab>(initialTab);
  const inbox = useQuery(trpc.contact.inbox.queryOptions());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length] ?? "received";
    setTab(next);
    document.getElementById(`inbox-tab-${next}`)?.focus();
  }

  if (inbox.isPending) return <p>{t("loading")}</p>;
  if (inbox.data?.company === null || inbox.data === undefined) {
    return <EmptyState text={t("noCompany")} action={{ href: "/companies/new", label: t("createCompany") }} />;
  }
  const { received, sent, company } = inbox.data;
  const pendingReceived = received.filter((request) => request.status === "pending").length;

  return (
    <div className="flex flex-col gap-4">
      {company.suspended ? <FormAlert tone="error">{t("suspended")}</FormAlert> : null}
      <div role="tablist" aria-label={t("tabs.label")} onKeyDown={onKeyDown} className="flex overflow-x-auto border-b border-slate-200 dark:border-slate-800">
        {tabs.map((name) => (
          <button
            key={name}
            id={`inbox-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`inbox-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            className="min-h-11 flex-auto whitespace-nowrap border-b-2 border-transparent px-1 text-[0.8125rem] sm:flex-none sm:px-4 sm:text-sm font-semibold text-slate-600 aria-selected:border-brand-600 aria-selected:text-brand-700 dark:text-slate-400 dark:aria-selected:text-brand-100"
          >
            {t(`tabs.${name}`)}
            {name === "received" && pendingReceived > 0 ? (
              <span className="ml-1 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs text-white sm:ml-2 sm:px-2">{pendingReceived}</span>
            ) : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`inbox-panel-${tab}`} aria-labelledby={`inbox-tab-${tab}`}>
        {tab === "conversations" ? (
          <ConversationList />
        ) : (tab === "received" ? received : sent).length === 0 ? (
          <EmptyState
            text={t(`empty.${tab}`)}
            action={tab === "sent" ? { href: "/search", label: t("findPartners") } : undefined}
          />
        ) : (
          <ul className="flex flex-col gap-3">
            {(tab === "received" ? received : sent).map((request) => (
              <li key={request.id}>
                <RequestCard request={request} side={tab} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
