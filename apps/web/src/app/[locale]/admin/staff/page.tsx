import { setRequestLocale } from "next-intl/server";
import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { StaffView } from "@/components/moderation/staff-view";
import { getStaffAccess } from "@/server/staff";

export default async function StaffPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!(await getStaffAccess()).isAdmin) return <ForbiddenPanel adminOnly />;
  return <StaffView />;
}
