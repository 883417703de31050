import { adviserInvitationIdSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { AcceptInvitation } from "@/components/companies/accept-invitation";
import { resolveLocale } from "@/i18n/locale-param";
import { redirect } from "@/i18n/navigation";
import { getSession } from "@/server/session";

// Depends on who asks.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "advisers.invitation" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The link an adviser's invitation mail carries: the invited person, signed in with that address, joins. */
export default async function AdviserInvitationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  if (!adviserInvitationIdSchema.safeParse({ invitationId: id }).success) notFound();
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: `/advisers/invitations/${id}` } }, locale });
  const t = await getTranslations({ locale, namespace: "advisers.invitation" });
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <AcceptInvitation invitationId={id} kind="adviser" />
    </div>
  );
}
