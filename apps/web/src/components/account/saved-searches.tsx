"use client";

import { searchInputSchema } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Link } from "@/i18n/navigation";
import { fieldErrorsOf, useTranslateError } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { searchHref } from "../search/search-href";
import { useDateFormat } from "@/lib/dates/use-date-format";

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
          <Link href="/search" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline dark:text-brand-100">
            {t("goSearch")}
          </Link>
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {rows.map((row) => {
            const parsed = searchInputSchema.safeParse(row.query);
            const href = parsed.success ? searchHref(parsed.data, {}) : "/search";
            return (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 p-3" data-testid="saved-search">
                <div className="min-w-0">
                  <Link href={href} className="inline-flex min-h-11 items-center break-all font-medium text-brand-700 underline dark:text-brand-100">
                    {row.name}
                  </Link>
                  <p className="text-xs text-slate-600 dark:text-slate-400">{t("savedOn", { date: formatDate(new Date(row.createdAt), "date") })}</p>
                </div>
                <button
                  type="button"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ id: row.id })}
                  aria-label={t("deleteNamed", { name: row.name })}
                  className="min-h-11 rounded-md border border-slate-300 px-3 text-sm hover:border-red-600 hover:text-red-700 disabled:opacity-60 dark:border-slate-700"
                >
                  {t("delete")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
