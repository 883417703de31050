import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { env } from "@/env";
import { SiteHeader } from "@/components/site-header";
import { Toaster } from "@/components/toaster";
import { resolveLocale } from "@/i18n/locale-param";
import { TRPCReactProvider } from "@/trpc/client";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { default: t("meta.title"), template: `%s · Karvon` },
    description: t("meta.description"),
    // Open Graph images (company and listing previews) need absolute URLs: the public origin.
    metadataBase: new URL(env().PUBLIC_URL),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  // Every page renders per request: its scripts carry that request's CSP nonce (a prerendered page could not).
  await connection();
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider>
          <TRPCReactProvider>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
            >
              {t("skipToContent")}
            </a>
            <SiteHeader locale={locale} />
            <main id="main" className="flex-1">
              {children}
            </main>
            <SiteFooter />
            <Toaster />
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
