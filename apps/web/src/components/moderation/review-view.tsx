"use client";

import { byCode, labelOf, localizedTextOf, reportReasons, type Locale, type ModeratedItemType } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";
import { authClient } from "@/lib/auth-client";
import { DecisionForm } from "./decision-form";
import { DiffTable } from "./diff-table";
import { LogoChange } from "./logo-change";
import { SnapshotView } from "./snapshot-view";
import { TaxIdClaims } from "./tax-id-claims";
import { useErrorText } from "./use-error-text";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { Button, TextLink, textLinkClasses } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

/** A listing's title in the reader's language from its submitted content, or null when it has none. */
function listingTitle(content: Record<string, unknown>, locale: Locale): string | null {
  const title = content.title;
  if (typeof title !== "object" || title === null) return null;
  const text = localizedTextOf(title, locale);
  return text === "" ? null : text;
}

function reportReasonLabel(code: string, locale: Locale): string {
  const reason = byCode(reportReasons, code);
  return reason === undefined ? code : labelOf(reason, locale);
}

const card = "rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900";

/** Everything a decision needs: claim banner, submission or diff, registry, history, and the decision form. */
export function ReviewView({ itemType, itemId }: { itemType: ModeratedItemType; itemId: string }) {
  const t = useTranslations("moderation");
  const locale = useLocale();
  const formatDate = useDateFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const me = authClient.useSession().data?.user.id;
  // The form stays on screen after a decision so its confirmation is not swept away by the refreshed status.
  const [decided, setDecided] = useState(false);
  const ref = { itemType, itemId };
  const details = useQuery(trpc.moderation.reviewItem.queryOptions(ref));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.moderation.pathKey() });
  const claim = useMutation(trpc.moderation.claim.mutationOptions({ onSettled: refresh }));
  const release = useMutation(trpc.moderation.release.mutationOptions({ onSettled: refresh }));
  const confirm = useMutation(trpc.moderation.confirmRegistry.mutationOptions({ onSettled: refresh }));

  if (details.error) return <p role="alert">{errorText(details.error)}</p>;
  if (!details.data) return <p>{t("common.loading")}</p>;
  const { subject, diff, registry, decisions, history, reports, taxIdClaims, logo } = details.data;
  const holder = details.data.claim;
  const time = (date: Date) => formatDate(date, "time");

  return (
    <div className="space-y-6">
      <Link href="/admin" className="text-sm text-brand-700 hover:underline dark:text-brand-100">← {t("review.back")}</Link>
      <header>
        <h1 className="text-2xl font-semibold" data-testid="review-title">{itemType === "listing" ? listingTitle(subject.working, locale) ?? subject.companyName : subject.companyName}</h1>
        {itemType === "listing" ? (
          <p className="text-sm" data-testid="review-company">
            {t.rich("review.listingOf", { company: subject.companyName, link: (chunks) => <TextLink href={`/companies/${subject.companySlug}`} className="font-medium">{chunks}</TextLink> })}
          </p>
        ) : null}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("review.status", { status: t(`status.${subject.status}`), kind: details.data.isEdit ? "edit" : "first" })}
        </p>
        {subject.published !== null ? (
          <TextLink href={itemType === "listing" ? `/listings/${itemId}` : `/companies/${subject.companySlug}`} className="text-sm font-medium" data-testid="review-public-page">{t("review.publicPage")}</TextLink>
        ) : null}
      </header>

      <div role="status" data-testid="claim-banner" className={`rounded-lg p-4 text-sm ${holder && holder.moderatorId !== me ? "bg-amber-100 dark:bg-amber-950" : "bg-slate-100 dark:bg-slate-800"}`}>
        {holder === null ? t("review.claimNone") : holder.moderatorId === me ? t("review.claimMine", { time: time(holder.expiresAt) }) : t("review.claimOther", { name: holder.moderatorName, time: time(holder.expiresAt) })}
        <div className="mt-2 flex gap-2">
          {holder === null || holder.moderatorId === me ? (
            <button type="button" onClick={() => claim.mutate(ref)} className="min-h-11 rounded-md bg-slate-800 px-4 text-white dark:bg-slate-200 dark:text-slate-900">{t("review.claim")}</button>
          ) : null}
          {holder?.moderatorId === me ? (
            <Button onClick={() => release.mutate(ref)} variant="secondary">{t("review.release")}</Button>
          ) : null}
        </div>
        {claim.error ? <p role="alert" className="mt-2 text-rose-700 dark:text-rose-400">{errorText(claim.error)}</p> : null}
      </div>

      <Section titleId="registry-title" title={<>{t("review.taxId")}: <span className="font-mono" data-testid="tax-id">{subject.taxId}</span></>} titleClassName="font-semibold" className={card}>
        <p className="mt-1 text-sm">{t("review.verification", { level: t(`status.${subject.verificationLevel}`) })}</p>
        {registry ? (
          <p className="mt-2 text-sm">
            <a href={registry.url} target="_blank" rel="noopener noreferrer" className={`${textLinkClasses} font-medium`}>{t("review.registry")}: {labelOf(registry, locale)}</a>
            <span className="block text-slate-600 dark:text-slate-400">{t("review.registryHint")}</span>
          </p>
        ) : null}
        {subject.verificationLevel === "registry-confirmed" && subject.verifiedAt ? (
          <p className="mt-2 text-sm text-emerald-700 dark:text-emerald-400">{t("review.registryConfirmed", { date: formatDate(subject.verifiedAt, "date") })}</p>
        ) : (
          <button type="button" onClick={() => confirm.mutate({ companyId: subject.companyId })} className="mt-3 min-h-11 rounded-md border border-emerald-600 px-4 text-sm text-emerald-800 dark:text-emerald-300">{t("review.confirmRegistry")}</button>
        )}
        {confirm.error ? <p role="alert" className="mt-2 text-sm text-rose-700">{errorText(confirm.error)}</p> : null}
        <TaxIdClaims claims={taxIdClaims} />
      </Section>

      <LogoChange companyId={subject.companyId} logo={logo} />

      {diff !== null ? (
        <Section titleId="diff-title" title={t("review.diff")} titleClassName="mb-3 font-semibold" className={card}>
          <DiffTable diff={diff} />
        </Section>
      ) : null}

      <Section titleId="submission-title" title={t("review.submission")} titleClassName="mb-3 font-semibold" className={card}>
        {diff === null ? <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("review.firstSubmission")}</p> : null}
        <SnapshotView snapshot={subject.working} />
      </Section>

      <Section titleId="decision-title" title={t("review.decide")} titleClassName="sr-only" className={card}>
        {subject.status === "submitted" || decided ? (
          <DecisionForm itemType={itemType} itemId={itemId} version={subject.version} onDecided={() => setDecided(true)} />
        ) : (
          <p className="text-sm">{t("review.notDecidable")}</p>
        )}
      </Section>

      <Section titleId="history-title" title={t("review.history")} titleClassName="mb-3 font-semibold" className={card}>
        {history.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("review.noHistory")}</p> : null}
        <ol className="space-y-2 text-sm" data-testid="review-history">
          {history.map((decision) => (
            <li key={decision.id} className={decisions.some((own) => own.id === decision.id) ? "font-medium" : ""}>
              {formatDate(decision.decidedAt, "dateTime")} —{" "}
              {t("review.decisionBy", { decision: t(`review.decided.${decision.decision as "approve"}`), name: decision.moderatorName ?? "—" })}
              {decision.note ? <span className="block text-slate-600 dark:text-slate-400">“{decision.note}”</span> : null}
            </li>
          ))}
        </ol>
        {reports.length > 0 ? (
          <>
            <h3 className="mt-4 font-semibold">{t("review.reports")}</h3>
            <ul className="text-sm">{reports.map((report) => <li key={report.id}>{reportReasonLabel(report.reason, locale)} · {t(`review.reportStatus.${report.status as "open"}`)}</li>)}</ul>
          </>
        ) : null}
      </Section>
    </div>
  );
}
