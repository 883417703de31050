import { byCode, countryByCode, labelOf, listingKinds, localizedTextOf, regionByCode, type Locale } from "@karvon/data";
import type { RouterOutputs } from "@karvon/api";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Highlighted } from "./highlight";
import { getDateFormat } from "@/lib/dates/get-date-format";

type Hit = RouterOutputs["search"]["query"]["hits"][number];

/** One search result: what it is, its title and summary with the matched words marked, who and where. */
export async function ResultCard({ hit, terms, locale }: { hit: Hit; terms: readonly string[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "search" });
  const formatDate = await getDateFormat(locale);
  const title = localizedTextOf(hit.display.title ?? {}, locale) || (hit.display.companyName ?? "");
  const summary = localizedTextOf(hit.display.summary ?? {}, locale);
  const kindRecord = byCode(listingKinds, hit.kind);
  const kind = hit.kind === "company" ? t("type.companies") : kindRecord ? labelOf(kindRecord, locale) : hit.kind;
  const href = hit.entityType === "company" ? `/companies/${hit.display.companySlug ?? ""}` : `/listings/${hit.entityId}`;
  const country = countryByCode(hit.country);
  const region = hit.region === null ? undefined : regionByCode(hit.region);
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="search-result">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded-full bg-brand-50 px-2 py-0.5 font-medium uppercase text-brand-700 dark:bg-slate-800 dark:text-brand-100">{kind}</span>
        {hit.verified ? (
          <span className="rounded-full bg-emerald-50 px-2 py-0.5 font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">✓ {t("verified")}</span>
        ) : null}
        <span className="text-slate-600 dark:text-slate-400">
          {[country ? labelOf(country, locale) : hit.country, region ? labelOf(region, locale) : null].filter(Boolean).join(" · ")}
        </span>
      </div>
      <h3 className="mt-2 text-base font-semibold">
        <Link href={href} className="hover:text-brand-600" data-testid="result-link">
          <Highlighted text={title} terms={terms} />
        </Link>
      </h3>
      {summary !== "" ? (
        <p className="mt-1 line-clamp-3 text-sm text-slate-700 dark:text-slate-300">
          <Highlighted text={summary} terms={terms} />
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
        {hit.entityType === "listing" && hit.display.companySlug ? (
          <Link href={`/companies/${hit.display.companySlug}`} className="hover:underline">
            <Highlighted text={hit.display.companyName ?? ""} terms={terms} />
          </Link>
        ) : null}
        <span>{t("published", { date: formatDate(hit.publishedAt, "date") })}</span>
      </p>
    </li>
  );
}
