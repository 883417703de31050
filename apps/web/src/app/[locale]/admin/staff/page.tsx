import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { StaffView } from "@/components/moderation/staff-view";
import { getStaffAccess } from "@/server/staff";
import { resolveLocale } from "@/i18n/locale-param";

export default async function StaffPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  if (!(await getStaffAccess()).isAdmin) return <ForbiddenPanel adminOnly />;
  return <StaffView />;
}
