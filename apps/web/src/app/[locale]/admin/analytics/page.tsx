import { setRequestLocale } from "next-intl/server";
import { AnalyticsView } from "@/components/moderation/analytics-view";
import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { getStaffAccess } from "@/server/staff";

export default async function AnalyticsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!(await getStaffAccess()).isAdmin) return <ForbiddenPanel adminOnly />;
  return <AnalyticsView />;
}
