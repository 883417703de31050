"use client";

import type { Locale } from "@karvon/data";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/client";
import { CompanyAdviserPanel } from "@/components/advisers/company-adviser-panel";
import { AppealPanel } from "../appeals/appeal-panel";
import { MyListings } from "../listings/my-listings";
import { EnforcementNotice } from "./enforcement-notice";
import { MembersPanel } from "./members-panel";
import { ReviewReasons } from "./review-reasons";
import { ButtonLink } from "@/components/ui/button";

const statusStyles: Record<string, string> = {
  draft: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  submitted: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  "changes-requested": "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  rejected: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  published: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
  suspended: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};

/** The dashboard's list of my companies: review state, what to do next, members. */
export function MyCompanies({ locale, myUserId }: { locale: Locale; myUserId: string }) {
  const t = useTranslations("companies.dashboard");
  const trpc = useTRPC();
  const mine = useQuery(trpc.company.mine.queryOptions());
  if (mine.isPending) return <p>{t("loading")}</p>;
  const companies = mine.data ?? [];
  if (companies.length === 0) {
    return (
      <div className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <p>{t("empty")}</p>
        <ButtonLink href="/onboarding" className="mt-4">
          {t("addCompany")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <ul className="flex flex-col gap-6">
      {companies.map((company) => (
        <li key={company.id} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900" data-testid={`company-${company.slug}`}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-lg font-semibold">{company.legalName}</h2>
            {/* A suspension outranks the review state: "Published" would promise visibility it no longer has. */}
            <span className={`rounded-full px-3 py-1 text-sm font-medium ${statusStyles[company.suspended ? "suspended" : company.status] ?? ""}`} data-testid="company-status">
              {company.suspended ? t("status.suspended") : t(`status.${company.status}`)}
            </span>
          </div>
          {company.isPublic && company.status !== "published" ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("publicStays")}</p> : null}
          {company.suspension !== null ? (
            <EnforcementNotice headline={t("suspended")} action="suspend" reasons={company.suspension.reasons} note={company.suspension.note} appealOf={{ itemType: "company", itemId: company.id }} />
          ) : null}
          {company.status === "changes-requested" || company.status === "rejected" ? (
            <ReviewReasons reasons={company.reviewReasons} note={company.reviewNote} locale={locale} />
          ) : null}
          {company.status === "rejected" && company.suspension === null ? <AppealPanel itemType="company" itemId={company.id} /> : null}
          <div className="flex flex-wrap gap-3 text-sm">
            <ButtonLink href={{ pathname: "/onboarding", query: { company: company.id } }} variant="secondary">
              {company.status === "draft" && !company.isPublic ? t("continue") : t("edit")}
            </ButtonLink>
            <ButtonLink href={`/companies/${company.slug}`} variant="secondary">
              {company.isPublic ? t("viewPublic") : t("preview")}
            </ButtonLink>
          </div>
          <CompanyAdviserPanel companyId={company.id} isOwner={company.role === "owner"} />
          <MyListings companyId={company.id} canPublish={company.isPublic} companySuspended={company.suspended} />
          <details>
            <summary className="min-h-11 cursor-pointer py-2 font-medium">{t("members")}</summary>
            <MembersPanel companyId={company.id} isOwner={company.role === "owner"} myUserId={myUserId} />
          </details>
        </li>
      ))}
    </ul>
  );
}
