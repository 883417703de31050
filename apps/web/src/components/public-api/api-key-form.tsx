"use client";

import { apiScopes, defaultApiRateLimitPerMinute, type ApiScope } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { useErrorText } from "../moderation/use-error-text";
import { controlClasses } from "@/components/ui/field";

/** Issues a key; the key is shown here once, with a warning that it cannot be shown again. */
export function ApiKeyForm({ onIssued }: { onIssued: () => void }) {
  const t = useTranslations("moderation.apiKeys");
  const trpc = useTRPC();
  const errorText = useErrorText();
  const [scopes, setScopes] = useState<ApiScope[]>([...apiScopes]);
  const create = useMutation(trpc.apiKey.create.mutationOptions({ onSuccess: onIssued }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      organisationName: String(form.get("organisationName") ?? ""),
      contactEmail: String(form.get("contactEmail") ?? ""),
      scopes,
      rateLimitPerMinute: Number(form.get("rateLimitPerMinute") ?? defaultApiRateLimitPerMinute),
    });
  }

  return (
    <form onSubmit={submit} className="mt-4 grid max-w-2xl gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 className="text-lg font-semibold">{t("issueTitle")}</h2>
      <label className="flex flex-col gap-1 text-sm">
        {t("organisationName")}
        <input name="organisationName" required maxLength={200} className={controlClasses} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t("contactEmail")}
        <input name="contactEmail" type="email" required maxLength={254} className={controlClasses} />
      </label>
      <fieldset className="text-sm">
        <legend>{t("scopes")}</legend>
        {apiScopes.map((scope) => (
          <label key={scope} className="mr-4 inline-flex min-h-11 items-center gap-1">
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={() => setScopes((current) => (current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope]))}
            />
            {t(`scope.${scope}`)}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1 text-sm">
        {t("rateLimit")}
        <input name="rateLimitPerMinute" type="number" min={1} max={6000} defaultValue={defaultApiRateLimitPerMinute} required className={`${controlClasses} w-32`} />
      </label>
      {create.error ? <p role="alert" className="text-sm text-rose-700">{errorText(create.error)}</p> : null}
      <button type="submit" disabled={create.isPending} className="min-h-11 justify-self-start rounded-md bg-emerald-700 px-4 font-medium text-white hover:bg-emerald-800 disabled:opacity-60">
        {t("issue")}
      </button>
      {create.data ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <p>{t("issued", { organisation: create.data.apiKey.organisationName })}</p>
          <code data-testid="issued-api-key" className="mt-2 block break-all rounded bg-white p-2 font-mono text-slate-900 dark:bg-slate-900 dark:text-slate-100">{create.data.key}</code>
          <p className="mt-2">{t("shownOnce")}</p>
        </div>
      ) : null}
    </form>
  );
}
