import { setRequestLocale } from "next-intl/server";
import { ReportsView } from "@/components/moderation/reports-view";
import { getStaffAccess } from "@/server/staff";

export default async function ReportsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { isAdmin } = await getStaffAccess();
  return <ReportsView isAdmin={isAdmin} />;
}
