import { auditListSchema } from "@karvon/data";
import { getFormatter, getTranslations } from "next-intl/server";
import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { AuditTarget } from "@/components/moderation/audit-target";
import { auditChangeText, auditValueLabel } from "@/components/moderation/audit-change";
import { Link } from "@/i18n/navigation";
import { getStaffAccess } from "@/server/staff";
import { api } from "@/trpc/server";
import { resolveLocale } from "@/i18n/locale-param";
import { Button, buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { Table, TableCell, TableRow } from "@/components/ui/table";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const filterFields = ["actorId", "action", "targetType", "targetId", "from", "to"] as const;

/** The audit log, filtered by a plain GET form (works without JavaScript), with the CSV of the same filter. */
export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  if (!(await getStaffAccess()).isAdmin) return <ForbiddenPanel adminOnly />;
  const t = await getTranslations({ locale, namespace: "moderation.audit" });
  const tm = await getTranslations({ locale, namespace: "moderation" });
  const format = await getFormatter({ locale });
  const raw = await searchParams;
  const values = Object.fromEntries(filterFields.map((field) => [field, typeof raw[field] === "string" ? raw[field] : ""]));
  const page = Math.max(1, Number(raw.page) || 1);
  const parsed = auditListSchema.safeParse({ ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== "")), page });
  const result = await (await api()).moderation.audit.list(parsed.success ? parsed.data : { page: 1 });
  const pages = Math.max(1, Math.ceil(result.total / 50));
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ""));
  const actionLabel = (action: string) => {
    const key = `actions.${action.replaceAll(".", "_")}`;
    return t.has(key) ? t(key) : action;
  };
  const targetTypeLabel = (type: string | null) => (type !== null && t.has(`targets.${type}`) ? t(`targets.${type}`) : type ?? "");
  const changeText = auditChangeText({
    keyLabel: (key) => (t.has(`keys.${key}`) ? t(`keys.${key}`) : key),
    yes: t("yes"),
    no: t("no"),
    valueLabel: (key, value) => auditValueLabel(key, value, locale, { has: (name) => tm.has(name), text: (name) => tm(name) }),
  });
  const pageHref = (target: number) => `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(query), page: String(target) })}`;

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title" className="text-2xl font-semibold">{t("title")}</h1>
      <form method="get" className="mt-4 grid gap-3 text-sm sm:grid-cols-3 lg:grid-cols-6">
        {filterFields.map((field) => (
          <label key={field} className="flex flex-col gap-1">
            {t(field)}
            <input name={field} type={field === "from" || field === "to" ? "date" : "text"} defaultValue={values[field]} className={controlClasses} />
          </label>
        ))}
        <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
          <Button type="submit">{t("filter")}</Button>
          <a href={`/api/admin/audit-csv?${query}`} className={buttonClasses({ variant: "secondary" })} download>{t("download")}</a>
        </div>
      </form>
      {/* Six columns: on a phone the table scrolls sideways in its box instead of squeezing a heading to a letter a line. */}
      <Table headers={(["at", "actor", "action", "target", "change", "ip"] as const).map((column) => t(column))} wrapperClassName="mt-6" className="min-w-[48rem]" data-testid="audit-table">
        {result.rows.map((row) => (
          <TableRow key={row.id} className="align-top">
            <TableCell className="whitespace-nowrap">{format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium" })}</TableCell>
            <TableCell className="text-xs" title={row.actorId ?? undefined}>{row.actorName ?? row.actorId ?? "—"}</TableCell>
            <TableCell title={row.action} data-testid="audit-action">{actionLabel(row.action)}</TableCell>
            <TableCell className="text-xs" data-testid="audit-target"><AuditTarget row={row} locale={locale} typeLabel={targetTypeLabel(row.targetType)} /></TableCell>
            <TableCell className="text-xs" data-testid="audit-change">{changeText(row.before, row.after)}</TableCell>
            <TableCell className="text-xs">{row.ip ?? "—"}</TableCell>
          </TableRow>
        ))}
      </Table>
      <nav className="mt-4 flex items-center gap-4 text-sm" aria-label={t("page", { page, pages, total: result.total })}>
        {page > 1 ? <Link href={pageHref(page - 1)}>{t("previous")}</Link> : null}
        <span>{t("page", { page, pages, total: result.total })}</span>
        {page < pages ? <Link href={pageHref(page + 1)}>{t("next")}</Link> : null}
      </nav>
    </section>
  );
}
