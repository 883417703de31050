import { setRequestLocale } from "next-intl/server";
import { QueueView } from "@/components/moderation/queue-view";

export default async function ModerationQueuePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <QueueView />;
}
