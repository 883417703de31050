import { adviserConsentTokenSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdviserActivityList } from "@/components/advisers/activity-list";
import { MailedLinkPage } from "@/components/advisers/mailed-link-page";
import { Button, ButtonLink } from "@/components/ui/button";
import { resolveLocale } from "@/i18n/locale-param";
import { api } from "@/trpc/server";

type Props = { params: Promise<{ locale: string; token: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "imports.consent" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The link mailed to a company's own address after an organisation of advisers imported it: confirm the adviser
 * (the profile then goes to review), refuse it, or later withdraw it. Each answer is a button (a POST), so mail
 * scanners that follow links decide nothing. Below, what the organisation did in the company's name.
 */
export default async function AdviserConsentPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { token } = await params;
  const t = await getTranslations({ locale, namespace: "imports.consent" });
  const parsed = adviserConsentTokenSchema.safeParse({ token });
  const reader = await api();
  const [request, activity] = parsed.success
    ? await Promise.all([reader.advisers.consent(parsed.data).catch(() => null), reader.advisers.consentActivity(parsed.data).catch(() => null)])
    : [null, null];

  async function answer(formData: FormData) {
    "use server";
    const { redirect } = await import("next/navigation");
    const checked = adviserConsentTokenSchema.safeParse({ token });
    if (checked.success) {
      const caller = await api();
      if (formData.get("answer") === "confirm") await caller.advisers.confirm(checked.data).catch(() => null);
      else await caller.advisers.withdraw(checked.data).catch(() => null);
    }
    redirect(`/${locale}/advisers/consent/${encodeURIComponent(token)}`);
  }

  if (request === null) {
    return (
      <MailedLinkPage title={t("title")}>
        <p role="status">{t("notFound")}</p>
      </MailedLinkPage>
    );
  }
  const names = { organization: request.organizationName, company: request.companyName, kind: t(`kinds.${request.kind}`) };
  return (
    <MailedLinkPage title={t("title")}>
      {request.status === "awaiting" ? <p>{t("explain", names)}</p> : null}
      {request.status === "confirmed" ? <p role="status">{t("confirmed", names)}</p> : null}
      {request.status === "withdrawn" ? <p role="status" data-testid="adviser-withdrawn">{t("withdrawn", names)}</p> : null}
      {request.status === "withdrawn" ? null : (
        <form action={answer} className="flex flex-wrap gap-3">
          {request.status === "awaiting" ? (
            <Button type="submit" name="answer" value="confirm" variant="primary">{t("confirm")}</Button>
          ) : null}
          <Button type="submit" name="answer" value="withdraw" variant="secondary">
            {request.status === "awaiting" ? t("refuse") : t("withdraw")}
          </Button>
        </form>
      )}
      {request.claimToken === null ? null : (
        <section className="mt-4 flex flex-col gap-3 border-t border-slate-200 pt-6 dark:border-slate-800" aria-labelledby="take-over">
          <h2 id="take-over" className="text-lg font-semibold">{t("takeOverTitle")}</h2>
          <p>{t("takeOverText", names)}</p>
          <div>
            <ButtonLink href={`/advisers/claim/${encodeURIComponent(request.claimToken)}`} variant="secondary">
              {t("takeOver")}
            </ButtonLink>
          </div>
        </section>
      )}
      {activity === null ? null : (
        <div className="mt-4 border-t border-slate-200 pt-6 dark:border-slate-800">
          <AdviserActivityList activity={activity} locale={locale} />
        </div>
      )}
    </MailedLinkPage>
  );
}
