"use client";

import { apiScopes, type ApiScope } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/client";
import { useErrorText } from "../moderation/use-error-text";
import { ApiKeyForm } from "./api-key-form";
import { Button } from "@/components/ui/button";

const isApiScope = (value: string): value is ApiScope => (apiScopes as readonly string[]).includes(value);

/** Keys of the public API: issue one to a partner organisation, watch its use, revoke it (admins only). */
export function ApiKeysView() {
  const t = useTranslations("moderation.apiKeys");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const keys = useQuery(trpc.apiKey.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiKey.pathKey() });
  const revoke = useMutation(trpc.apiKey.revoke.mutationOptions({ onSettled: refresh }));
  const when = (date: Date | null) => (date === null ? t("never") : format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }));

  return (
    <section aria-labelledby="api-keys-title">
      <h1 id="api-keys-title" className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <ApiKeyForm onIssued={refresh} />
      {revoke.error ? <p role="alert" className="mt-2 text-sm text-rose-700">{errorText(revoke.error)}</p> : null}
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[48rem] text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th className="p-2">{t("organisationName")}</th>
              <th className="p-2">{t("key")}</th>
              <th className="p-2">{t("scopes")}</th>
              <th className="p-2">{t("usage")}</th>
              <th className="p-2">{t("lastUsed")}</th>
              <th className="p-2">{t("state")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.data?.length === 0 ? (
              <tr><td colSpan={6} className="p-2 text-slate-600 dark:text-slate-400">{t("empty")}</td></tr>
            ) : null}
            {keys.data?.map((key) => (
              <tr key={key.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="p-2">{key.organisationName}<span className="block text-xs text-slate-600 dark:text-slate-400">{key.contactEmail}</span></td>
                <td className="whitespace-nowrap p-2 font-mono">{key.keyPrefix}…</td>
                <td className="p-2">{key.scopes.map((scope) => (isApiScope(scope) ? t(`scope.${scope}`) : scope)).join(", ")}</td>
                <td className="p-2">{t("requests", { count: key.usageCount, limit: key.rateLimitPerMinute })}</td>
                <td className="p-2">{when(key.lastUsedAt)}</td>
                <td className="p-2">
                  {key.revokedAt === null ? (
                    <Button
                      onClick={() => {
                        if (window.confirm(t("confirmRevoke", { organisation: key.organisationName }))) revoke.mutate({ id: key.id });
                      }}
                      variant="danger" className="whitespace-nowrap"
                    >
                      {t("revoke")}
                    </Button>
                  ) : (
                    t("revokedAt", { date: when(key.revokedAt) })
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
