import { uuidSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActingCompanySwitcher } from "@/components/companies/acting-company-switcher";
import { InboxView, type InboxTab } from "@/components/contact/inbox-view";
import { resolveLocale } from "@/i18n/locale-param";
import { redirect } from "@/i18n/navigation";
import { api } from "@/trpc/server";

// Personal data of the signed-in company: never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ tab?: string; company?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contact.inbox" });
  return { title: t("title"), robots: { index: false } };
}

function tabOf(value: string | undefined): InboxTab {
  return value === "sent" || value === "conversations" ? value : "received";
}

export default async function InboxPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { tab, company } = await searchParams;
  const caller = await api();
  // unreadCount answers null for a visitor who is not signed in.
  if ((await caller.contact.unreadCount()) === null) {
    const back = company === undefined ? `/${locale}/inbox` : `/${locale}/inbox?company=${encodeURIComponent(company)}`;
    redirect({ href: `/sign-in?next=${encodeURIComponent(back)}`, locale });
  }
  // A mail's link names the company the request was sent to: the inbox opens acting for it. A company that is
  // not one of mine changes nothing (the switch answers NOT_FOUND) and the inbox stays as it was.
  const named = uuidSchema.safeParse(company);
  if (named.success) await caller.actingCompany.set({ companyId: named.data }).catch(() => null);
  const t = await getTranslations({ locale, namespace: "contact.inbox" });
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </div>
      <ActingCompanySwitcher />
      <InboxView initialTab={tabOf(tab)} />
    </div>
  );
}
