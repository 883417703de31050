import { ForbiddenPanel } from "@/components/moderation/forbidden-panel";
import { ApiKeysView } from "@/components/public-api/api-keys-view";
import { resolveLocale } from "@/i18n/locale-param";
import { getStaffAccess } from "@/server/staff";

export default async function ApiKeysPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  if (!(await getStaffAccess()).isAdmin) return <ForbiddenPanel adminOnly />;
  return <ApiKeysView />;
}
