import { setRequestLocale } from "next-intl/server";
import { ForbiddenPanel } from "../../../../components/moderation/forbidden-panel";
import { ApiKeysView } from "../../../../components/public-api/api-keys-view";
import { getStaffAccess } from "../../../../server/staff";

export default async function ApiKeysPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!(await getStaffAccess()).isAdmin) return <ForbiddenPanel adminOnly />;
  return <ApiKeysView />;
}
