import { AnalyticsView } from "@/components/moderation/analytics-view";
import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { getStaffAccess } from "@/server/staff";
import { resolveLocale } from "@/i18n/locale-param";

export default async function AnalyticsPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  if (!(await getStaffAccess()).isAdmin) return <ForbiddenPanel adminOnly />;
  return <AnalyticsView />;
}
