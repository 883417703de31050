import { countryByCode, formatPhone, labelOf } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdviserDecisionForm } from "@/components/advisers/decision-form";
import { resolveLocale } from "@/i18n/locale-param";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { api } from "@/trpc/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "advisers.staff" });
  return { title: t("title"), robots: { index: false } };
}

/** Staff: applications of organisations of advisers, each with whom to reach there, approved or rejected here. */
export default async function StaffAdvisersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "advisers" });
  const applications = await (await api()).advisers.pending();
  const formatDate = await getDateFormat(locale);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("staff.title")}</h1>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t("staff.intro")}</p>
      {applications.length === 0 ? <p role="status">{t("staff.empty")}</p> : null}
      <ul className="flex flex-col gap-4">
        {applications.map((application) => {
          const country = countryByCode(application.country);
          return (
            <li key={application.id} data-testid="adviser-application" className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 md:grid-cols-2 dark:border-slate-800 dark:bg-slate-900">
              <div className="flex min-w-0 flex-col gap-1 text-sm">
                <h2 className="break-words text-lg font-semibold">{application.name}</h2>
                <p>
                  {t(`kinds.${application.kind}`)} · {country === undefined ? application.country : labelOf(country, locale)}
                </p>
                <p className="text-slate-600 dark:text-slate-400">{t("staff.appliedOn", { date: formatDate(application.createdAt, "longDate") })}</p>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  {application.website !== null ? (
                    <>
                      <dt className="font-medium">{t("staff.website")}</dt>
                      <dd className="break-all">
                        <a href={application.website} rel="nofollow noopener noreferrer" target="_blank" className="underline">
                          {application.website}
                        </a>
                      </dd>
                    </>
                  ) : null}
                  <dt className="font-medium">{t("staff.contact")}</dt>
                  <dd className="break-words">{[application.contactName, application.contactEmail, application.contactPhone === null ? null : formatPhone(application.contactPhone)].filter((part) => part !== null).join(" · ")}</dd>
                  {application.applicant !== null ? (
                    <>
                      <dt className="font-medium">{t("staff.applicant")}</dt>
                      <dd className="break-words">
                        {application.applicant.name} · {application.applicant.email}
                      </dd>
                    </>
                  ) : null}
                </dl>
              </div>
              <AdviserDecisionForm organizationId={application.id} name={application.name} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
