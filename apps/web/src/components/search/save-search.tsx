"use client";

import type { Search } from "@karvon/data";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import { TextLink } from "@/components/ui/button";

/** The form arrives when a person opens it, not with the page (the first-load JS budget of 180 kB, see docs/performance.md). */
const SaveSearchForm = dynamic(() => import("./save-search-form").then((module) => module.SaveSearchForm), {
  loading: () => <div className="h-40 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800" aria-busy="true" />,
});

/**
 * "Save this search": a signed-in person names the search on screen and gets new matches by daily e-mail; a
 * visitor is asked to sign in first (and comes back to the same search).
 */
export function SaveSearch({ search, signedIn, defaultName, returnTo }: { search: Search; signedIn: boolean; defaultName: string; returnTo: string }) {
  const t = useTranslations("search.save");
  const [open, setOpen] = useState(false);

  if (!signedIn) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="save-search-sign-in">
        <TextLink href={{ pathname: "/sign-in", query: { next: returnTo } }} className="inline-flex min-h-11 items-center font-medium">
          {t("signIn")}
        </TextLink>
      </p>
    );
  }

  if (open) return <SaveSearchForm search={search} defaultName={defaultName} onCancel={() => setOpen(false)} />;

  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      className="inline-flex min-h-11 w-fit items-center gap-2 rounded-md border border-brand-600 px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-slate-800"
      data-testid="save-search-open"
    >
      <span aria-hidden="true">☆</span>
      {t("button")}
    </button>
  );
}
