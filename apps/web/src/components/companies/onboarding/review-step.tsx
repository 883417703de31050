"use client";

import type { Locale } from "@karvon/data";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/client";
import type { ProfileFormMode } from "./draft";
import { CompanyProfileView } from "../company-profile-view";
import { Section } from "@/components/ui/section";

/**
 * Shows exactly what will become public — the server's own public view of the working copy — and what stays
 * private, then asks for consent.
 */
export function ReviewStep({
  companyId,
  slug,
  locale,
  consent,
  onConsent,
  problems,
  mode = "member",
  consentText,
}: {
  companyId: string;
  slug: string;
  locale: Locale;
  consent: boolean;
  onConsent: (value: boolean) => void;
  problems: string[];
  mode?: ProfileFormMode;
  /** What the person confirms by submitting, when it is not the members' own consent. */
  consentText?: string;
}) {
  const t = useTranslations("companies.onboarding.review");
  const trpc = useTRPC();
  // Members (and staff) read the working copy through the profile page's own query; an adviser, who is no
  // member, through the advisers' preview of the same public view.
  const forMember = useQuery({ ...trpc.company.bySlug.queryOptions({ slug }), staleTime: 0, enabled: mode === "member" });
  const forClient = useQuery({ ...trpc.advisers.clientPreview.queryOptions({ companyId }), staleTime: 0, enabled: mode === "adviser" });
  const preview = mode === "adviser" ? forClient : forMember;
  return (
    <div className="flex flex-col gap-6">
      {problems.length > 0 ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          <p className="font-medium">{t("problems")}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Section titleId="public-title" title={t("publicTitle")} titleClassName="mb-4 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400" className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
        {preview.data ? <CompanyProfileView company={preview.data} locale={locale} /> : <p>{t("loading")}</p>}
      </Section>
      <Section titleId="private-title" title={t("privateTitle")} titleClassName="font-semibold" className="rounded-xl border border-brand-100 bg-brand-50 p-5 text-sm dark:border-brand-700 dark:bg-brand-900">
        <p className="mt-1">{t("privateText")}</p>
      </Section>
      <label className="flex min-h-11 items-start gap-3">
        <input type="checkbox" name="consent" checked={consent} onChange={(event) => onConsent(event.target.checked)} className="mt-1 size-5 accent-brand-600" />
        <span>{consentText ?? t("consent")}</span>
      </label>
    </div>
  );
}
