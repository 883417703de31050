import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { env } from "@/env";
import { Link } from "@/i18n/navigation";
import { outboxAccess } from "@/server/outbox-access";
import { getStaffAccess } from "@/server/staff";
import { api } from "@/trpc/server";

/** The outbox for admins while no SMTP server is configured: every mail the portal would have sent, newest first. */
export default async function AdminMailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!outboxAccess(env()).adminPage) notFound();
  if (!(await getStaffAccess()).isAdmin) return <ForbiddenPanel adminOnly />;
  const t = await getTranslations({ locale, namespace: "moderation.mail" });
  const format = await getFormatter({ locale });
  const mails = await (await api()).moderation.outbox.list({});
  return (
    <section aria-labelledby="mail-title">
      <h1 id="mail-title" className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      {mails.length === 0 ? <p className="mt-6">{t("empty")}</p> : null}
      <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="admin-outbox">
        {mails.map((mail) => (
          <li key={mail.id}>
            <Link href={`/admin/mail/${mail.id}`} className="flex flex-col gap-0.5 px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-900">
              <span className="font-medium break-words">{mail.subject}</span>
              <span className="text-sm text-slate-600 dark:text-slate-400 break-all">
                {mail.to} · {mail.locale} · {format.dateTime(mail.createdAt, { dateStyle: "short", timeStyle: "medium" })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
