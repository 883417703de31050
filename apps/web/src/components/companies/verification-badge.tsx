import type { VerificationLevel } from "@karvon/data";
import { useTranslations } from "next-intl";

const styles: Record<VerificationLevel, string> = {
  unverified: "border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300",
  "format-checked": "border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200",
  "registry-confirmed": "border-green-300 bg-green-50 text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200",
};

export function VerificationBadge({ level }: { level: VerificationLevel }) {
  const t = useTranslations("companies.verification");
  return (
    <span title={t(`${level}.hint`)} data-testid="verification-badge" className={`inline-flex items-center gap-1 rounded-full border px-3 py-1 text-xs font-medium ${styles[level]}`}>
      <span aria-hidden="true">{level === "registry-confirmed" ? "✔" : level === "format-checked" ? "✓" : "•"}</span>
      {t(`${level}.label`)}
    </span>
  );
}
