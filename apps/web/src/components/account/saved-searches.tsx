"use client";

import { searchInputSchema } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { fieldErrorsOf, useTranslateError } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { searchHref } from "../search/search-href";
import { useDateFormat } from "@/lib/dates/use-date-format";
import { Button, TextLink } from "@/components/ui/button";

/** My saved searches: open one, or delete it (its daily e-mail stops). */
export function SavedSearches() {
  const t = useTranslations("account.savedSearches");
  const formatDate = useDateFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const translateError = useTranslateError();
  const list = useQuery(trpc.savedSearch.list.queryOptions());
  const remove = useMutation(
    trpc.savedSearch.delete.mutationOptions({
      onSuccess: async () => {
        toast.success(t("deleted"));
        await queryClient.invalidateQueries({ queryKey: trpc.savedSearch.list.queryKey() });
      },
      onError: (error) => toast.error(translateError(fieldErrorsOf(error).form ?? "errors.internal")),
    }),
  );

  if (list.isPending) return <p className="text-sm">{t("loading")}</p>;
  const rows = list.data ?? [];
  return (
    <div className="flex flex-col gap-3" data-testid="saved-searches">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("empty")}{" "}
          <TextLink href="/search" className="inline-flex min-h-11 items-center font-medium">
            {t("goSearch")}
          </TextLink>
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {rows.map((row) => {
            const parsed = searchInputSchema.safeParse(row.query);
            const href = parsed.success ? searchHref(parsed.data, {}) : "/search";
            return (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 p-3" data-testid="saved-search">
                <div className="min-w-0">
                  <TextLink href={href} className="inline-flex min-h-11 items-center break-all font-medium">
                    {row.name}
                  </TextLink>
                  <p className="text-xs text-slate-600 dark:text-slate-400">{t("savedOn", { date: formatDate(new Date(row.createdAt), "date") })}</p>
                </div>
                <Button
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ id: row.id })}
                  aria-label={t("deleteNamed", { name: row.name })}
                  variant="danger" size="sm"
                >
                  {t("delete")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
