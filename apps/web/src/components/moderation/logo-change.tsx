"use client";

import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";

type LogoState = { working: boolean; published: boolean; changed: boolean };

const box = "flex size-32 items-center justify-center rounded-md border border-slate-200 bg-slate-50 text-xs text-slate-500 dark:border-slate-700 dark:bg-slate-800";

/** The approved logo beside the uploaded one, when a company's logo is part of the changes to review. */
export function LogoChange({ companyId, logo }: { companyId: string; logo: LogoState | null }) {
  const t = useTranslations("moderation.review.logo");
  if (logo === null || !logo.changed) return null;
  const image = (version: "published" | "working", present: boolean, label: string) => (
    <figure className="flex flex-col items-center gap-1">
      {present ? (
        <img src={`/api/logos/${companyId}?version=${version}`} alt={label} className={`${box} object-contain`} data-testid={`logo-${version}`} />
      ) : (
        <span className={box}>{t("none")}</span>
      )}
      <figcaption className="text-sm">{label}</figcaption>
    </figure>
  );
  return (
    <Section titleId="logo-title" title={t("title")} titleClassName="mb-3 font-semibold" className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap gap-6">
        {image("published", logo.published, t("approved"))}
        {image("working", logo.working, t("submitted"))}
      </div>
    </Section>
  );
}
