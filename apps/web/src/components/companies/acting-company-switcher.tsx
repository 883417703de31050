"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { toast } from "sonner";
import { usePathname, useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";
import { controlClasses } from "@/components/ui/field";

/**
 * "Acting for: <company>" on every page that acts for a company (inbox, conversation list, dashboard). With two
 * companies or more it is a choice, and the other companies' waiting requests are named with a way to switch,
 * so no request stays out of sight. Switching re-reads everything the page shows for the new company.
 */
export function ActingCompanySwitcher() {
  const t = useTranslations("companies.acting");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const selectId = useId();
  const acting = useQuery(trpc.actingCompany.current.queryOptions());
  const switchTo = useMutation(
    trpc.actingCompany.set.mutationOptions({
      onSuccess: async ({ companyId }) => {
        const name = acting.data?.companies.find((company) => company.id === companyId)?.name ?? "";
        toast.success(t("switched", { name }));
        await queryClient.invalidateQueries();
        // Drops a `?company=` the page was opened with, which would otherwise switch back on the refresh.
        router.replace(pathname);
        router.refresh();
      },
      onError: () => toast.error(t("failed")),
    }),
  );

  const data = acting.data;
  if (data === undefined || data.actingCompanyId === null) return null;
  const current = data.companies.find((company) => company.id === data.actingCompanyId);
  if (current === undefined) return null;
  const waitingElsewhere = data.companies.filter((company) => company.id !== current.id && company.pendingReceived > 0);

  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="acting-company">
      {data.companies.length < 2 ? (
        <p>
          <span className="text-slate-600 dark:text-slate-400">{t("label")}</span>{" "}
          <span className="font-semibold" data-testid="acting-company-name">
            {current.name}
          </span>
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={selectId} className="text-slate-600 dark:text-slate-400">
            {t("label")}
          </label>
          <select
            id={selectId}
            value={current.id}
            disabled={switchTo.isPending}
            onChange={(event) => switchTo.mutate({ companyId: event.target.value })}
            data-testid="acting-company-select"
            className={`${controlClasses} max-w-full min-w-0 font-semibold`}
          >
            {data.companies.map((company) => (
              <option key={company.id} value={company.id}>
                {company.pendingReceived > 0 ? t("optionWaiting", { name: company.name, count: company.pendingReceived }) : company.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {waitingElsewhere.length > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" data-testid="waiting-elsewhere">
          <p className="font-medium">{t("waitingElsewhere")}</p>
          <ul className="mt-1 flex flex-col gap-1">
            {waitingElsewhere.map((company) => (
              <li key={company.id} className="flex flex-wrap items-center gap-x-3">
                <span className="wrap-anywhere">{t("waitingAt", { name: company.name, count: company.pendingReceived })}</span>
                <button
                  type="button"
                  disabled={switchTo.isPending}
                  onClick={() => switchTo.mutate({ companyId: company.id })}
                  className="inline-flex min-h-11 items-center font-semibold underline disabled:opacity-60"
                >
                  {t("switchTo", { name: company.name })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
