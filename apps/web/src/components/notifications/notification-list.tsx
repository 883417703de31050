"use client";

import { byCode, localizedTextOf, moderationReasons, labelOf, type NotificationView } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/client";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { Button, ButtonLink } from "@/components/ui/button";

type Show = "all" | "unread";
const moderationKinds = ["approve", "request-changes", "reject", "hide", "suspend"] as const;
type ModerationKind = (typeof moderationKinds)[number];
const itemTypes = ["company", "listing", "message", "contact-request"] as const;

function isModerationKind(value: string): value is ModerationKind {
  return (moderationKinds as readonly string[]).includes(value);
}

const eventKinds = ["meeting-requested", "meeting-scheduled", "meeting-declined", "meeting-moved", "meeting-cancelled", "reminder"] as const;

function isEventKind(value: string): value is (typeof eventKinds)[number] {
  return (eventKinds as readonly string[]).includes(value);
}

/** The notice's headline and its "what to do" line, in the reader's language. */
function useWording() {
  const t = useTranslations("notifications");
  const locale = useLocale();
  return (notice: NotificationView): { headline: string; todo: string | null } => {
    const title = notice.title === null ? null : typeof notice.title === "string" ? notice.title : localizedTextOf(notice.title, locale);
    const type = (itemTypes as readonly string[]).includes(notice.itemType ?? "") ? (notice.itemType as (typeof itemTypes)[number]) : "other";
    const item = title ?? notice.companyName ?? t(`itemType.${type}`);
    const [area, action = ""] = notice.kind.split(".");
    if (area === "moderation" && isModerationKind(action)) {
      return { headline: t(`kind.moderation.${action}`, { item }), todo: t(`todo.${action}`) };
    }
    if (area === "report") {
      const outcome = notice.outcome === "actioned" ? "actioned" : "dismissed";
      return { headline: t(`kind.report.${outcome}`), todo: t("todo.report") };
    }
    if (area === "event" && isEventKind(action)) {
      return { headline: t(`kind.event.${action}`, { event: item, partner: notice.partnerName ?? "" }), todo: null };
    }
    if (area === "adviser" && (action === "approve" || action === "reject" || action === "claimed")) {
      return { headline: t(`kind.adviser.${action}`, { item }), todo: t(`todo.adviser-${action}`) };
    }
    if (area === "appeal" && (action === "granted" || action === "denied")) {
      return { headline: t(`kind.appeal.${action}`), todo: t(`todo.appeal-${action}`) };
    }
    return { headline: t("kind.other", { item }), todo: null };
  };
}

function NoticeCard({ notice, onRead, busy }: { notice: NotificationView; onRead: (id: string) => void; busy: boolean }) {
  const t = useTranslations("notifications");
  const formatDate = useDateFormat();
  const locale = useLocale();
  const { headline, todo } = useWording()(notice);
  return (
    <li
      data-testid="notification"
      data-read={notice.read ? "true" : "false"}
      className={`flex flex-col gap-2 rounded-lg border p-4 ${notice.read ? "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" : "border-brand-600 bg-brand-50 dark:border-brand-100 dark:bg-slate-900"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="min-w-0 break-words font-semibold">
          {notice.read ? null : <span className="mr-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">{t("new")}</span>}
          {headline}
        </h2>
        <time dateTime={notice.createdAt.toISOString()} className="text-xs text-slate-600 dark:text-slate-400">
          {formatDate(notice.createdAt, "dateTime")}
        </time>
      </div>
      {notice.companyName !== null ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("company", { name: notice.companyName })}</p> : null}
      {notice.reasons.length > 0 ? (
        <div className="text-sm">
          <h3 className="font-medium">{t("reasons")}</h3>
          <ul className="list-disc pl-5" data-testid="notification-reasons">
            {notice.reasons.map((code) => {
              const reason = byCode(moderationReasons, code);
              return <li key={code}>{reason === undefined ? code : labelOf(reason, locale)}</li>;
            })}
          </ul>
        </div>
      ) : null}
      {notice.note !== null ? (
        <p className="text-sm">
          <span className="font-medium">{t("note")}:</span> <span className="break-words">{notice.note}</span>
        </p>
      ) : null}
      {todo !== null ? (
        <p className="text-sm">
          <span className="font-medium">{t("whatToDo")}:</span> {todo}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {notice.path !== null ? (
          <ButtonLink href={notice.path} variant="secondary" size="sm">
            {notice.kind.startsWith("adviser.") ? t("openAdvisers") : t("openMeetings")}
          </ButtonLink>
        ) : notice.companyName !== null ? (
          <ButtonLink href="/dashboard" variant="secondary" size="sm">
            {t("open")}
          </ButtonLink>
        ) : null}
        {notice.read ? null : (
          <button
            type="button"
            disabled={busy}
            onClick={() => onRead(notice.id)}
            className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 underline disabled:opacity-60 dark:text-brand-100"
          >
            {t("markRead")}
          </button>
        )}
      </div>
    </li>
  );
}

/** The notices page: all or unread ones, each marked as read with one click (optimistically), or all at once. */
export function NotificationList() {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [show, setShow] = useState<Show>("all");
  const listOptions = trpc.notification.list.queryOptions({ unreadOnly: show === "unread" });
  const list = useQuery(listOptions);

  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.notification.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notification.unreadCount.pathKey() }),
    ]);
  };
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onMutate: async (input) => {
        // Optimistic: the notice looks read at once; the refresh afterwards brings the server's truth.
        await queryClient.cancelQueries({ queryKey: listOptions.queryKey });
        const ids = input?.ids;
        queryClient.setQueryData(listOptions.queryKey, (rows) =>
          rows?.map((row) => (ids === undefined || ids.includes(row.id) ? { ...row, read: true } : row)),
        );
      },
      onSuccess: (_result, input) => {
        if (input?.ids === undefined) toast.success(t("markedAllRead"));
      },
      onError: () => toast.error(t("loadError")),
      onSettled: refresh,
    }),
  );

  const rows = list.data ?? [];
  const hasUnread = rows.some((row) => !row.read);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="group" aria-label={t("show.label")} className="flex gap-1">
          {(["all", "unread"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={show === option}
              onClick={() => setShow(option)}
              className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 text-sm aria-pressed:bg-slate-200 aria-pressed:font-semibold dark:border-slate-700 dark:aria-pressed:bg-slate-800"
            >
              {t(`show.${option}`)}
            </button>
          ))}
        </div>
        {hasUnread ? (
          <Button
            disabled={markRead.isPending}
            onClick={() => markRead.mutate({})}
            data-testid="mark-all-read"
            size="sm"
          >
            {t("markAllRead")}
          </Button>
        ) : null}
      </div>
      {list.isPending ? (
        <ul aria-busy="true" aria-label={t("loading")} className="flex flex-col gap-2">
          {[0, 1, 2].map((index) => (
            <li key={index} className="h-24 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
          ))}
        </ul>
      ) : list.isError ? (
        <p role="alert">{t("loadError")}</p>
      ) : rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400" data-testid="notifications-empty">
          <p>{show === "unread" ? t("emptyUnread") : t("empty")}</p>
          <ButtonLink href="/dashboard" className="mt-4">
            {t("emptyAction")}
          </ButtonLink>
        </div>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="notifications">
          {rows.map((notice) => (
            <NoticeCard key={notice.id} notice={notice} busy={markRead.isPending} onRead={(id) => markRead.mutate({ ids: [id] })} />
          ))}
        </ul>
      )}
    </div>
  );
}
