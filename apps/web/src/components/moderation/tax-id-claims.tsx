"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

type Claim = { id: string; slug: string; legalName: string; status: string; published: boolean };

/**
 * Other companies claiming the same tax ID. A published one holds it: this company cannot be approved until the
 * moderators settle who the tax ID belongs to. Others are submissions under review.
 */
export function TaxIdClaims({ claims }: { claims: readonly Claim[] }) {
  const t = useTranslations("moderation.review.taxIdConflict");
  if (claims.length === 0) return null;
  const held = claims.some((claim) => claim.published);
  return (
    <div role="alert" data-testid="tax-id-conflict" className="mt-3 rounded-md border border-amber-500 bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{held ? t("held") : t("underReview")}</p>
      <ul className="mt-2 list-disc pl-5">
        {claims.map((claim) => (
          <li key={claim.id}>
            <Link href={`/admin/review/company/${claim.id}`} className="underline">{claim.legalName}</Link>{" "}
            ({claim.published ? t("published") : t("submitted")})
          </li>
        ))}
      </ul>
    </div>
  );
}
