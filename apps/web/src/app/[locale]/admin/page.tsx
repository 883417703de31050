import { QueueView } from "@/components/moderation/queue-view";
import { resolveLocale } from "@/i18n/locale-param";

export default async function ModerationQueuePage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  return <QueueView />;
}
