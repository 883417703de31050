"use client";

import { countries, labelOf, localizedTextOf, queueKinds, reportReasons, byCode, type Locale, type QueueKind } from "@karvon/data";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { useRelativeTime } from "@/lib/dates/use-relative-time";
import { ButtonLink } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";

const ageOptions = [0, 24, 72, 168];

function countryName(code: string | null, locale: Locale): string {
  const country = code === null ? undefined : countries.find((c) => c.code === code);
  return country ? labelOf(country, locale) : "—";
}

function reasonLabel(code: string, locale: Locale): string {
  const reason = byCode(reportReasons, code);
  return reason ? labelOf(reason, locale) : code;
}

/** The queues with their counts, filters by kind, country and age, oldest first (own countries first). */
export function QueueView() {
  const t = useTranslations("moderation.queue");
  const locale = useLocale();
  const timeAgo = useRelativeTime();
  const trpc = useTRPC();
  const [kind, setKind] = useState<QueueKind | undefined>(undefined);
  const [country, setCountry] = useState<"UZ" | "AZ" | undefined>(undefined);
  const [minAgeHours, setMinAgeHours] = useState(0);
  const queue = useQuery(trpc.moderation.queues.queryOptions({ kind, country, minAgeHours: minAgeHours || undefined }));
  const counts = queue.data?.counts;

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title" className="text-2xl font-semibold">{t("title")}</h1>
      {queue.data && queue.data.myCountries.length > 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("yourCountriesFirst", { countries: queue.data.myCountries.map((code) => countryName(code, locale)).join(", ") })}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2" role="tablist">
        {[undefined, ...queueKinds].map((value) => {
          const selected = kind === value;
          const total = value === undefined ? undefined : counts?.[value];
          return (
            <button
              key={value ?? "all"}
              type="button"
              role="tab"
              aria-selected={selected}
              data-testid={`queue-tab-${value ?? "all"}`}
              onClick={() => setKind(value)}
              className={`min-h-11 rounded-full border px-4 text-sm ${selected ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"}`}
            >
              {value === undefined ? t("all") : t(`kind.${value}`)}
              {total !== undefined ? <span className="ml-2 font-semibold">{total}</span> : null}
            </button>
          );
        })}
      </div>
      <div className="mt-4 flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          {t("country")}
          <select className={controlClasses} value={country ?? ""} onChange={(event) => setCountry(event.target.value === "" ? undefined : (event.target.value as "UZ" | "AZ"))}>
            <option value="">{t("anyCountry")}</option>
            <option value="UZ">{countryName("UZ", locale)}</option>
            <option value="AZ">{countryName("AZ", locale)}</option>
          </select>
        </label>
        <label className="flex items-center gap-2">
          {t("age")}
          <select className={controlClasses} value={minAgeHours} onChange={(event) => setMinAgeHours(Number(event.target.value))}>
            {ageOptions.map((hours) => (
              <option key={hours} value={hours}>
                {hours === 0 ? t("anyAge") : t("olderThan", { hours })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {queue.data?.items.length === 0 ? <p className="mt-8 text-slate-600 dark:text-slate-400">{t("empty")}</p> : null}
      {queue.data && queue.data.items.length > 0 ? (
      <ul className="mt-6 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900" data-testid="queue-list">
        {queue.data?.items.map((item) => {
          const href = item.itemType === "report" ? "/admin/reports" : `/admin/review/${item.itemType}/${item.itemId}`;
          const title =
            item.itemType === "report"
              ? reasonLabel(String(item.title), locale)
              : item.title !== null && typeof item.title === "object"
                ? localizedTextOf(item.title, locale)
                : (item.companyName ?? "—");
          return (
            <li key={`${item.itemType}:${item.itemId}`} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4" data-testid="queue-item">
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium dark:bg-slate-800">{t(`kind.${item.kind}`)}</span>
              {/* A row of its own on phones: squeezed beside the kind and the button, the names broke letter by letter. */}
              <div className="min-w-0 flex-1 basis-full sm:basis-0">
                <p className="truncate font-medium">{title}</p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {item.companyName ?? "—"} · {countryName(item.country, locale)} · {t("submitted", { time: timeAgo(item.waitingSince) })}
                </p>
                {item.claim ? <p className="text-sm text-amber-700 dark:text-amber-400">{t("claimedBy", { name: item.claim.moderatorName })}</p> : null}
              </div>
              <ButtonLink href={href} size="sm">
                {t("open")}
              </ButtonLink>
            </li>
          );
        })}
      </ul>
      ) : null}
    </section>
  );
}
