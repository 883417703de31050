"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

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
      <button
        type="button"
        onClick={reset}
        className="mt-8 inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
      >
        {t("error.retry")}
      </button>
    </section>
  );
}
