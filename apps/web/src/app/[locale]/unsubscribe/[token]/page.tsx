import { unsubscribeTokenSchema } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/locale-param";
import { api } from "@/trpc/server";
import { Button } from "@/components/ui/button";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ done?: string; unknown?: string }>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "search.unsubscribe" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * One-click unsubscribe from a saved search's mails. The link opens this page and one button confirms (a POST),
 * so mail scanners that follow links never unsubscribe anyone.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { token } = await params;
  const state = await searchParams;
  const t = await getTranslations({ locale, namespace: "search.unsubscribe" });

  async function unsubscribe() {
    "use server";
    const { redirect } = await import("next/navigation");
    const parsed = unsubscribeTokenSchema.safeParse({ token });
    const result = parsed.success ? await (await api()).savedSearch.unsubscribe(parsed.data) : { unsubscribed: false };
    redirect(`/${locale}/unsubscribe/${encodeURIComponent(token)}?${result.unsubscribed ? "done=1" : "unknown=1"}`);
  }

  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-4 px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {state.done ? (
        <p role="status" data-testid="unsubscribed">{t("done")}</p>
      ) : state.unknown ? (
        <p role="status">{t("unknown")}</p>
      ) : (
        <form action={unsubscribe} className="flex flex-col gap-4">
          <p>{t("explain")}</p>
          <Button type="submit" className="self-start">
            {t("confirm")}
          </Button>
        </form>
      )}
    </div>
  );
}
