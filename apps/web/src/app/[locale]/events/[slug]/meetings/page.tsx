import { localizedTextOf, uuidSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventMeetings } from "@/components/events/event-meetings";
import { redirect } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/locale-param";
import { api } from "@/trpc/server";
import { TextLink } from "@/components/ui/button";

// The company's own requests and agenda: never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ company?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "events.meetings" });
  return { title: t("title"), robots: { index: false } };
}

/** A participant's meeting desk: suggestions and catalogue, requests, agenda with outcomes. */
export default async function EventMeetingsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const { company } = await searchParams;
  const caller = await api();
  const page = await caller.events.bySlug({ slug }).catch(() => null);
  if (page === null) notFound();
  const companyId = uuidSchema.safeParse(company);
  if (!companyId.success) redirect({ href: `/events/${slug}`, locale });
  const t = await getTranslations({ locale, namespace: "events.meetings" });
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-10">
      <div>
        <p className="text-sm">
          <TextLink href={`/events/${slug}`}>{localizedTextOf(page.event.name, locale)}</TextLink>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{t("title")}</h1>
      </div>
      <EventMeetings eventId={page.event.id} companyId={companyId.success ? companyId.data : ""} timeZone={page.event.timeZone} />
    </div>
  );
}
