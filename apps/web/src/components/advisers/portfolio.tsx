import { byCode, contactPurposes, labelOf, localizedTextOf, type AdviserClientView, type Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { AnswerRequest } from "./answer-request";
import { expiryStateOf } from "@/components/listings/expiry-state";
import { PartnerCard } from "@/components/listings/partner-card";
import { ButtonLink, TextLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { api } from "@/trpc/server";

const consentTone: Record<AdviserClientView["consent"], string> = {
  awaiting: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  confirmed: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  withdrawn: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

/** The requests waiting for a confirmed client's answer, each answered here in the company's name. */
async function ClientRequests({ companyId, locale }: { companyId: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "advisers.portfolio" });
  const requests = await (await api()).advisers.contactRequests({ companyId });
  return (
    <ul className="flex flex-col gap-3">
      {requests.map((request) => {
        const purpose = byCode(contactPurposes, request.purpose);
        return (
          <li key={request.id} data-testid="adviser-client-request" className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
            <p className="font-medium">
              {t("requestFrom", { company: request.senderName ?? t("deletedSender"), purpose: purpose === undefined ? request.purpose : labelOf(purpose, locale) })}
            </p>
            <p className="whitespace-pre-line break-words">{request.message}</p>
            <AnswerRequest requestId={request.id} />
          </li>
        );
      })}
    </ul>
  );
}

/** One company of the portfolio: its consent and review, then what the adviser acts on once it confirmed. */
async function ClientCard({ client, locale, now }: { client: AdviserClientView; locale: Locale; now: Date }) {
  const t = await getTranslations({ locale, namespace: "advisers.portfolio" });
  const status = await getTranslations({ locale, namespace: "companies.dashboard.status" });
  const formatDate = await getDateFormat(locale);
  const renewable = client.listings.flatMap((listing) => {
    const state = expiryStateOf(listing.validUntil, now);
    return (state === "expiring" || state === "expired") && listing.validUntil !== null ? [{ ...listing, validUntil: listing.validUntil, state }] : [];
  });
  return (
    <li data-testid="adviser-client" data-consent={client.consent} data-company-id={client.companyId} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="min-w-0 break-words text-lg font-semibold">{client.name}</h3>
        {client.slug !== null ? <TextLink href={`/companies/${client.slug}`} className="text-sm">{t("viewPublic")}</TextLink> : null}
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <div className="flex items-center gap-2">
          <dt className="text-slate-600 dark:text-slate-400">{t("consentLabel")}</dt>
          <dd className={`rounded-full px-2 py-0.5 font-medium ${consentTone[client.consent]}`}>{t(`consent.${client.consent}`)}</dd>
        </div>
        {client.review !== null ? (
          <div className="flex items-center gap-2">
            <dt className="text-slate-600 dark:text-slate-400">{t("reviewLabel")}</dt>
            <dd className="font-medium">{status(client.review)}</dd>
          </div>
        ) : null}
      </dl>
      {client.consent === "withdrawn" ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("withdrawnNote")}</p> : null}
      {client.consent === "confirmed" ? (
        <>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/advisers/clients/${client.companyId}/profile`} variant="secondary" data-testid="adviser-client-profile">
              {t("editProfile")}
            </ButtonLink>
            {client.published ? (
              <ButtonLink href={`/advisers/clients/${client.companyId}/listings/new`} variant="secondary" data-testid="adviser-client-new-listing">
                {t("newListing")}
              </ButtonLink>
            ) : null}
          </div>
          <p className="text-sm font-medium" data-testid="adviser-client-requests">{t("requests", { count: String(client.pendingRequests) })}</p>
          {client.pendingRequests > 0 ? <ClientRequests companyId={client.companyId} locale={locale} /> : null}
          <div className="text-sm">
            <h4 className="font-medium">{t("expiring")}</h4>
            {renewable.length === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">{t("noneExpiring")}</p>
            ) : (
              <ul className="list-disc pl-5">
                {renewable.map((listing) => (
                  <li key={listing.id}>
                    {localizedTextOf(listing.title, locale)} —{" "}
                    {t(listing.state === "expired" ? "expiredOn" : "expiresOn", { date: formatDate(listing.validUntil, "longDate") })}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="flex flex-col gap-2">
            <h4 className="text-sm font-medium">{t("matches")}</h4>
            {client.matches.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">{t("noMatches")}</p>
            ) : (
              <ul className="grid gap-3 md:grid-cols-2">
                {client.matches.map((suggestion) => (
                  <PartnerCard key={suggestion.theirs.listingId} suggestion={suggestion} locale={locale} showMine />
                ))}
              </ul>
            )}
          </div>
        </>
      ) : null}
    </li>
  );
}

/** An approved organisation's companies, newest first, and the way to import more. */
export async function AdviserPortfolio({ locale, organizationName, page }: { locale: Locale; organizationName: string; page: number }) {
  const t = await getTranslations({ locale, namespace: "advisers.portfolio" });
  const pages = await getTranslations({ locale, namespace: "search.pagination" });
  const { clients, total, pageSize } = await (await api()).advisers.portfolio({ page });
  const now = new Date();
  return (
    <Section titleId="adviser-portfolio-title" title={t("title", { name: organizationName })} className="mt-2 flex flex-col gap-4" data-testid="adviser-portfolio">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <ButtonLink href="/import" variant="primary">
          {t("import")}
        </ButtonLink>
        <TextLink href="#adviser-team-title">{t("teamLink")}</TextLink>
      </div>
      {total === 0 ? <p>{t("empty")}</p> : null}
      <ul className="flex flex-col gap-4">
        {clients.map((client) => (
          <ClientCard key={client.companyId} client={client} locale={locale} now={now} />
        ))}
      </ul>
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        hrefOf={(target) => `/advisers?page=${target}`}
        labels={{ label: pages("label"), previous: pages("previous"), next: pages("next"), page: (number) => pages("page", { page: number }) }}
      />
    </Section>
  );
}
