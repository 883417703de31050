import type { ContactRequestStatus } from "@karvon/data";
import { useTranslations } from "next-intl";

const tones: Record<ContactRequestStatus, string> = {
  pending: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  accepted: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  declined: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  expired: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  withdrawn: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

export function StatusPill({ status }: { status: ContactRequestStatus }) {
  const t = useTranslations("contact.inbox.status");
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${tones[status]}`}>{t(status)}</span>;
}
