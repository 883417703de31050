import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { NotificationList } from "@/components/notifications/notification-list";
import { resolveLocale } from "@/i18n/locale-param";
import { redirect } from "@/i18n/navigation";
import { getSession } from "@/server/session";

// Personal notices: never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "notifications" });
  return { title: t("title"), robots: { index: false } };
}

export default async function NotificationsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: "/notifications" } }, locale });
  const t = await getTranslations({ locale, namespace: "notifications" });
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </div>
      <NotificationList />
    </div>
  );
}
