import { uuidSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ConversationView } from "@/components/contact/conversation-view";
import { resolveLocale } from "@/i18n/locale-param";
import { redirect } from "@/i18n/navigation";
import { api } from "@/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; conversationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contact.inbox" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ConversationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { conversationId } = await params;
  if (!uuidSchema.safeParse(conversationId).success) notFound();
  const caller = await api();
  if ((await caller.contact.unreadCount()) === null) {
    redirect({ href: `/sign-in?next=${encodeURIComponent(`/${locale}/inbox/${conversationId}`)}`, locale });
  }
  // A conversation of other companies does not exist for this visitor.
  const visible = await caller.contact.conversations
    .byId({ conversationId })
    .then(() => true)
    .catch(() => false);
  if (!visible) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <ConversationView conversationId={conversationId} />
    </div>
  );
}
