import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ClientMessages } from "@/i18n/client-messages";
import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { Link } from "@/i18n/navigation";
import { env } from "@/env";
import { outboxAccess } from "@/server/outbox-access";
import { getStaffAccess } from "@/server/staff";
import { resolveLocale } from "@/i18n/locale-param";

// Every staff page depends on who asks.
export const dynamic = "force-dynamic";

/** The moderation desk: visitors get 404 (the area does not announce itself), signed-in non-staff a 403 panel. */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const access = await getStaffAccess();
  if (access.session === null) notFound();
  if (!access.isStaff) return <ForbiddenPanel />;
  const t = await getTranslations({ locale, namespace: "moderation.nav" });
  const links = [
    { href: "/admin", label: t("queue") },
    { href: "/admin/reports", label: t("reports") },
    { href: "/admin/events", label: t("events") },
    { href: "/admin/advisers", label: t("advisers") },
    { href: "/import", label: t("import") },
    ...(access.isAdmin
      ? [
          { href: "/admin/audit", label: t("audit") },
          { href: "/admin/staff", label: t("staff") },
          { href: "/admin/analytics", label: t("analytics") },
          { href: "/admin/api-keys", label: t("apiKeys") },
          ...(outboxAccess(env()).adminPage ? [{ href: "/admin/mail", label: t("mail") }] : []),
        ]
      : []),
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <nav aria-label={t("desk")} className="mb-6 flex flex-wrap gap-2 border-b border-slate-200 pb-3 text-sm dark:border-slate-800">
        {links.map((link) => (
          <Link key={link.href} href={link.href} className="inline-flex min-h-11 items-center rounded-md px-3 hover:bg-slate-100 dark:hover:bg-slate-800">
            {link.label}
          </Link>
        ))}
      </nav>
      <ClientMessages route="admin">{children}</ClientMessages>
    </div>
  );
}
