import { adviserClaimTokenSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { MailedLinkPage } from "@/components/advisers/mailed-link-page";
import { FormAlert } from "@/components/forms/form-alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { resolveLocale } from "@/i18n/locale-param";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ failed?: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "imports.claim" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * Where a company's own contact person takes over a company an adviser brought and becomes its owner: reached
 * from the consent page or from the mail sent when the company is published. A visitor signs in (or signs up)
 * with the company's address first; the claim itself is a button (a POST), so mail scanners decide nothing.
 */
export default async function AdviserClaimPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { token } = await params;
  const { failed } = await searchParams;
  const t = await getTranslations({ locale, namespace: "imports.claim" });
  const parsed = adviserClaimTokenSchema.safeParse({ token });
  const info = parsed.success ? await (await api()).advisers.claimInfo(parsed.data).catch(() => null) : null;
  const here = `/${locale}/advisers/claim/${encodeURIComponent(token)}`;

  async function claim() {
    "use server";
    const { redirect } = await import("next/navigation");
    const checked = adviserClaimTokenSchema.safeParse({ token });
    const claimed = checked.success ? await (await api()).advisers.claim(checked.data).catch(() => null) : null;
    redirect(claimed === null ? `${here}?failed=1` : `/${locale}/dashboard`);
  }

  if (info === null) {
    return (
      <MailedLinkPage title={t("title")}>
        <p role="status">{t("notFound")}</p>
      </MailedLinkPage>
    );
  }
  const names = { organization: info.organizationName, company: info.companyName };
  // The address the reader is signed in with, to say it is not the company's (the public answer never holds one).
  const signedInAs = info.signedIn && !info.emailMatches ? ((await getSession(new Headers(await headers())))?.user.email ?? "") : "";
  return (
    <MailedLinkPage title={t("title")} testId="adviser-claim">
      {failed === undefined ? null : <FormAlert tone="error">{t("failed")}</FormAlert>}
      {info.state === "mine" ? (
        <>
          <p role="status">{t("mine", names)}</p>
          <div>
            <ButtonLink href="/dashboard">{t("toDashboard")}</ButtonLink>
          </div>
        </>
      ) : null}
      {info.state === "owned" ? <p role="status">{t("owned", names)}</p> : null}
      {info.state === "open" ? (
        <>
          <p>{t("explain", { ...names, email: info.maskedEmail })}</p>
          {!info.signedIn ? (
            <>
              <p>{t("signInFirst")}</p>
              <div className="flex flex-wrap gap-3">
                <ButtonLink href={{ pathname: "/sign-in", query: { next: here } }}>{t("signIn")}</ButtonLink>
                <ButtonLink href="/sign-up" variant="secondary">
                  {t("signUp")}
                </ButtonLink>
              </div>
            </>
          ) : info.emailMatches ? (
            <form action={claim} className="flex flex-col gap-3">
              <p className="text-sm text-slate-700 dark:text-slate-300">{t("adviserStays")}</p>
              <div>
                <Button type="submit" variant="primary">
                  {t("submit")}
                </Button>
              </div>
            </form>
          ) : (
            <FormAlert tone="error">{t("otherEmail", { email: signedInAs })}</FormAlert>
          )}
        </>
      ) : null}
    </MailedLinkPage>
  );
}
