"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/** Shown when a page fails to render: the user's language, a way forward, and no stack trace. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  useEffect(() => {
    // The details are in the server log under this digest; the page never shows them.
    console.error(error.digest ?? "page error");
  }, [error]);
  return (
    <section role="alert" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">{t("error.title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t("error.body")}</p>
      {error.digest ? <p className="mt-2 text-xs text-slate-600">{t("error.reference", { digest: error.digest })}</p> : null}
      <Button
        onClick={reset}
        className="mt-8"
      >
        {t("error.retry")}
      </Button>
    </section>
  );
}
