"use client";

import { savedSearchCreateSchema, type Search } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Link } from "@/i18n/navigation";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/**
 * The "Save this search" form: a name, then the confirmation with the way to manage saved searches (it stays on
 * the page rather than in a passing toast). Loaded on demand by save-search.tsx: its schema brings zod and the
 * reference codes into the browser, which the search page should not pay for up front.
 */
export function SaveSearchForm({ search, defaultName, onCancel }: { search: Search; defaultName: string; onCancel: () => void }) {
  const t = useTranslations("search.save");
  const locale = useLocale();
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const [name, setName] = useState(defaultName);
  const save = useMutation(trpc.savedSearch.save.mutationOptions({ onError: errors.fromError }));

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
        <Button type="submit" disabled={save.isPending} size="sm">
          {t("confirm")}
        </Button>
        <Button onClick={onCancel} variant="secondary" size="sm">
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
