import type { Locale } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { AcceptInvitation } from "@/components/companies/accept-invitation";
import { redirect } from "@/i18n/navigation";
import { getSession } from "@/server/session";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "companies" });
  return { title: t("invitation.title") };
}

export default async function InvitationPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: `/invitations/${id}` } }, locale });
  const t = await getTranslations({ locale, namespace: "companies" });
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("invitation.title")}</h1>
      <AcceptInvitation invitationId={id} />
    </div>
  );
}
