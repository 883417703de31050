import { outboxMailIdSchema } from "@karvon/data";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MessageText } from "@/components/contact/message-text";
import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { env } from "@/env";
import { outboxAccess } from "@/server/outbox-access";
import { getStaffAccess } from "@/server/staff";
import { api } from "@/trpc/server";
import { resolveLocale } from "@/i18n/locale-param";
import { TextLink } from "@/components/ui/button";

/** One mail of the outbox, its links clickable, for an admin passing it on while no SMTP server is configured. */
export default async function AdminMailDetailPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  if (!outboxAccess(env()).adminPage) notFound();
  if (!(await getStaffAccess()).isAdmin) return <ForbiddenPanel adminOnly />;
  const input = outboxMailIdSchema.safeParse({ id });
  if (!input.success) notFound();
  const mail = await (await api()).moderation.outbox.byId(input.data);
  if (mail === null) notFound();
  const t = await getTranslations({ locale, namespace: "moderation.mail" });
  const format = await getFormatter({ locale });
  return (
    <article aria-labelledby="mail-subject">
      <TextLink href="/admin/mail" className="text-sm">
        {t("back")}
      </TextLink>
      <h1 id="mail-subject" className="mt-4 text-2xl font-semibold break-words">{mail.subject}</h1>
      <dl className="mt-2 mb-6 grid grid-cols-[auto_1fr] gap-x-4 text-sm text-slate-600 dark:text-slate-400">
        <dt>{t("to")}</dt>
        <dd className="break-all">{mail.to}</dd>
        <dt>{t("language")}</dt>
        <dd>{mail.locale}</dd>
        <dt>{t("template")}</dt>
        <dd>{mail.template}</dd>
        <dt>{t("queued")}</dt>
        <dd>{format.dateTime(mail.createdAt, { dateStyle: "short", timeStyle: "medium" })}</dd>
      </dl>
      <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-950" data-testid="admin-mail-body">
        <MessageText text={mail.text} />
      </div>
    </article>
  );
}
