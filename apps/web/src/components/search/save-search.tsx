"use client";

import { savedSearchCreateSchema, type Locale, type Search } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Link } from "../../i18n/navigation";
import { useFieldErrors } from "../../lib/field-errors";
import { useTRPC } from "../../trpc/client";
import { FormAlert } from "../forms/form-alert";
import { TextField } from "../forms/text-field";

/**
 * "Save this search": a signed-in person names the search on screen and gets new matches by daily e-mail; a
 * visitor is asked to sign in first (and comes back to the same search).
 */
export function SaveSearch({ search, signedIn, defaultName, returnTo }: { search: Search; signedIn: boolean; defaultName: string; returnTo: string }) {
  const t = useTranslations("search.save");
  const locale = useLocale() as Locale;
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(defaultName);
  // The confirmation stays on the page (with the way to manage saved searches) rather than in a passing toast.
  const save = useMutation(trpc.savedSearch.save.mutationOptions({ onError: errors.fromError }));

  if (!signedIn) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="save-search-sign-in">
        <Link href={{ pathname: "/sign-in", query: { next: returnTo } }} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline dark:text-brand-100">
          {t("signIn")}
        </Link>
      </p>
    );
  }

  if (save.isSuccess) {
    return (
      <FormAlert tone="success">
        <span data-testid="save-search-done">{t("savedNamed", { name: save.data.name })}</span>{" "}
        <Link href="/account#saved-searches-title" className="inline-flex min-h-11 items-center font-medium underline">
          {t("manage")}
        </Link>
      </FormAlert>
    );
  }

  if (!open) {
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

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    errors.clear();
    const input = { name: name.trim(), query: search, locale };
    const checked = savedSearchCreateSchema.safeParse(input);
    if (!checked.success) return errors.fromZod(checked.error);
    save.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="save-search-form">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("explain")}</p>
      <TextField name="saved-search-name" label={t("name")} value={name} maxLength={200} onChange={(event) => setName(event.target.value)} error={errors.messageOf("name")} />
      {errors.messageOf("form") ?? errors.messageOf("query") ? <FormAlert tone="error">{errors.messageOf("form") ?? errors.messageOf("query")}</FormAlert> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={save.isPending} className="min-h-11 rounded-md bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {t("confirm")}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="min-h-11 rounded-md border border-slate-300 px-4 text-sm dark:border-slate-700">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
