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

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const filterFields = ["actorId", "action", "targetType", "targetId", "from", "to"] as const;
const filterLabels = { actorId: "actorId", action: "action", targetType: "targetType", targetId: "targetId", from: "from", to: "to" } as const;
const input = "min-h-11 rounded-md border border-slate-300 px-2 dark:border-slate-700 dark:bg-slate-900";

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
            {t(filterLabels[field])}
            <input name={field} type={field === "from" || field === "to" ? "date" : "text"} defaultValue={values[field]} className={input} />
          </label>
        ))}
        <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
          <Button type="submit">{t("filter")}</Button>
          <a href={`/api/admin/audit-csv?${query}`} className={buttonClasses({ variant: "secondary" })} download>{t("download")}</a>
        </div>
      </form>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="audit-table">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              {(["at", "actor", "action", "target", "change", "ip"] as const).map((column) => <th key={column} className="p-2">{t(column)}</th>)}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                <td className="whitespace-nowrap p-2">{format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                <td className="p-2 text-xs" title={row.actorId ?? undefined}>{row.actorName ?? row.actorId ?? "—"}</td>
                <td className="p-2" title={row.action} data-testid="audit-action">{actionLabel(row.action)}</td>
                <td className="p-2 text-xs" data-testid="audit-target"><AuditTarget row={row} locale={locale} typeLabel={targetTypeLabel(row.targetType)} /></td>
                <td className="p-2 text-xs" data-testid="audit-change">{changeText(row.before, row.after)}</td>
                <td className="p-2 text-xs">{row.ip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="mt-4 flex items-center gap-4 text-sm" aria-label={t("page", { page, pages, total: result.total })}>
        {page > 1 ? <Link href={pageHref(page - 1)}>{t("previous")}</Link> : null}
        <span>{t("page", { page, pages, total: result.total })}</span>
        {page < pages ? <Link href={pageHref(page + 1)}>{t("next")}</Link> : null}
      </nav>
    </section>
  );
}
