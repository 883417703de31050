import { localizedTextOf, type Locale } from "@karvon/data";
import { Link } from "@/i18n/navigation";

type AuditTargetRow = { targetType: string | null; targetId: string | null; targetName: string | null; targetTitle: Record<string, string> | null };

const link = "font-medium text-brand-700 underline dark:text-brand-100";

/** What an audit row is about: its kind and name, linked to the review page of a company or listing. */
export function AuditTarget({ row, locale, typeLabel }: { row: AuditTargetRow; locale: Locale; typeLabel: string }) {
  const title = row.targetTitle === null ? "" : localizedTextOf(row.targetTitle, locale);
  const name = title !== "" ? title : row.targetName;
  if (row.targetId === null) return <>{typeLabel}</>;
  if (name === null || name === "") return <>{typeLabel} <span className="font-mono">{row.targetId}</span></>;
  if (row.targetType === "company" || row.targetType === "listing") {
    return <>{typeLabel}: <Link href={`/admin/review/${row.targetType}/${row.targetId}`} className={link}>{name}</Link></>;
  }
  return <>{typeLabel}: {name}</>;
}
