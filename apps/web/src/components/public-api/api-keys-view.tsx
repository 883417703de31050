"use client";

import { apiScopes, type ApiScope } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/client";
import { useErrorText } from "../moderation/use-error-text";
import { ApiKeyForm } from "./api-key-form";
import { Button } from "@/components/ui/button";
import { Table, TableCell, TableRow } from "@/components/ui/table";

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
      {/* The list refetches in the background; the new key is already on screen. */}
      <ApiKeyForm onIssued={() => void refresh()} />
      {revoke.error ? <p role="alert" className="mt-2 text-sm text-rose-700">{errorText(revoke.error)}</p> : null}
      <Table
        headers={[t("organisationName"), t("key"), t("scopes"), t("usage"), t("lastUsed"), t("state")]}
        wrapperClassName="mt-6"
        className="min-w-[48rem]"
      >
        {keys.data?.length === 0 ? (
          <tr><TableCell colSpan={6} className="text-slate-600 dark:text-slate-400">{t("empty")}</TableCell></tr>
        ) : null}
        {keys.data?.map((key) => (
          <TableRow key={key.id}>
            <TableCell detail={key.contactEmail}>{key.organisationName}</TableCell>
            <TableCell className="whitespace-nowrap font-mono">{key.keyPrefix}…</TableCell>
            <TableCell>{key.scopes.map((scope) => (isApiScope(scope) ? t(`scope.${scope}`) : scope)).join(", ")}</TableCell>
            <TableCell>{t("requests", { count: key.usageCount, limit: key.rateLimitPerMinute })}</TableCell>
            <TableCell>{when(key.lastUsedAt)}</TableCell>
            <TableCell>
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
            </TableCell>
          </TableRow>
        ))}
      </Table>
    </section>
  );
}
