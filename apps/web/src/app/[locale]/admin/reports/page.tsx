import { ReportsView } from "@/components/moderation/reports-view";
import { getStaffAccess } from "@/server/staff";
import { resolveLocale } from "@/i18n/locale-param";

export default async function ReportsPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  const { isAdmin } = await getStaffAccess();
  return <ReportsView isAdmin={isAdmin} />;
}
