import { countryByCode, labelOf, searchCountLimit, searchInputSchema, sectorByCode, type Locale, type Search } from "@karvon/data";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { Link } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/locale-param";
import { FacetPanel } from "@/components/search/facet-panel";
import { FiltersSheet } from "@/components/search/filters-sheet";
import { Pagination } from "@/components/ui/pagination";
import { RecordSearchMiss } from "@/components/search/record-search-miss";
import { ResultCard } from "@/components/search/result-card";
import { SaveSearch } from "@/components/search/save-search";
import { activeFilterCount, searchHref } from "@/components/search/search-href";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";
import { Button, TextLink } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Results depend on the URL and on what was published a moment ago.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "search" });
  return { title: t("title"), description: t("metaDescription") };
}

/** The URL's parameters as a search; parameters with unknown codes are left out (and the page says so). */
function parseSearch(raw: Record<string, string | string[] | undefined>): { search: Search; dropped: boolean } {
  const plain: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) plain[key] = first;
  }
  const parsed = searchInputSchema.safeParse(plain);
  if (parsed.success) return { search: parsed.data, dropped: false };
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (typeof key === "string") delete plain[key];
  }
  const retry = searchInputSchema.safeParse(plain);
  return { search: retry.success ? retry.data : searchInputSchema.parse({}), dropped: true };
}

/** A first name for a saved search: its words and main filters, in the reader's language. */
function savedSearchName(search: Search, locale: Locale, typeLabel: string | undefined, fallback: string): string {
  const country = search.country === undefined ? undefined : countryByCode(search.country);
  const sector = search.sector === undefined ? undefined : sectorByCode(search.sector);
  const parts = [search.q === "" ? undefined : `“${search.q}”`, typeLabel, country && labelOf(country, locale), sector && labelOf(sector, locale)];
  const name = parts.filter((part): part is string => part !== undefined && part !== "").join(" · ");
  return (name === "" ? fallback : name).slice(0, 200);
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "search" });
  const { search, dropped } = parseSearch(await searchParams);
  const [result, session] = await Promise.all([(await api()).search.query(search), getSession(new Headers(await headers()))]);
  const filters = activeFilterCount(search);
  const hidden = Object.entries({ ...search, q: undefined, page: undefined, pageSize: undefined })
    .filter(([key, value]) => value !== undefined && value !== false && !(key === "type" && value === "all") && !(key === "sort" && value === "relevance"))
    .map(([key, value]) => [key, String(value)] as const);
  // A total that stopped at the count limit is a lower bound: the heading says no more than that there are more.
  // (The facets' `countsExact` is another matter: a narrow filter can leave an exact total over facets counted in
  // part, and browsing counts every document from its counters.)
  const resultCount =
    search.q === ""
      ? (result.totalExact ? t("results", { total: result.total }) : t("resultsOverLimit", { limit: searchCountLimit }))
      : (result.totalExact ? t("resultsFor", { total: result.total, query: search.q }) : t("resultsOverLimitFor", { limit: searchCountLimit, query: search.q }));

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form action={`/${locale}/search`} method="get" role="search" className="flex gap-2" data-testid="search-form">
        <label htmlFor="search-q" className="sr-only">
          {t("queryLabel")}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={search.q}
          maxLength={200}
          placeholder={t("queryPlaceholder")}
          className={`${controlClasses} flex-1`}
        />
        {hidden.map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <Button type="submit">
          {t("submit")}
        </Button>
      </form>
      <SaveSearch
        search={search}
        signedIn={session !== null}
        defaultName={savedSearchName(search, locale, search.type === "all" ? undefined : t(`type.${search.type}`), t("save.defaultName"))}
        returnTo={searchHref(search, { page: search.page })}
      />
      {dropped ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {t("badFilter")}
        </p>
      ) : null}

      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <aside aria-label={t("filters")} className="flex flex-col gap-3">
          <FiltersSheet openLabel={`${t("showFilters")} · ${t("activeFilters", { count: filters })}`} closeLabel={t("closeFilters")}>
            <FacetPanel facets={result.facets} countsExact={result.countsExact} search={search} locale={locale} />
            {filters > 0 ? (
              <TextLink href={searchHref(search, { type: "all", country: undefined, region: undefined, sector: undefined, hsChapter: undefined, cooperationKind: undefined, sizeBand: undefined, economicZone: undefined, verifiedOnly: false })} className="mt-4 block text-sm">
                {t("clearFilters")}
              </TextLink>
            ) : null}
          </FiltersSheet>
        </aside>

        <section aria-labelledby="results-heading" className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="results-heading" className="text-sm font-medium text-slate-600 dark:text-slate-300" data-testid="result-count">
              {resultCount}
            </h2>
            <nav aria-label={t("sort.label")} className="flex flex-wrap items-center gap-1 text-sm">
              <span className="whitespace-nowrap text-slate-600">{t("sort.label")}:</span>
              {(["relevance", "newest"] as const).map((sort) => (
                <Link
                  key={sort}
                  href={searchHref(search, { sort })}
                  aria-current={search.sort === sort ? "true" : undefined}
                  className="whitespace-nowrap rounded-md px-2 py-1 aria-[current]:bg-slate-200 aria-[current]:font-semibold dark:aria-[current]:bg-slate-800"
                >
                  {t(`sort.${sort}`)}
                </Link>
              ))}
            </nav>
          </div>

          {result.hits.length === 0 ? (
            <div className="rounded-xl border border-dashed border-slate-300 p-6 dark:border-slate-700" data-testid="search-empty">
              <h3 className="font-semibold">{t("empty.title")}</h3>
              {search.q !== "" ? <p className="mt-1 text-sm">{t("empty.withQuery", { query: search.q })}</p> : null}
              {search.q !== "" ? <RecordSearchMiss search={search} /> : null}
              <ul className="mt-3 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
                <li>{t("empty.hintSpelling")}</li>
                {filters > 0 ? <li>{t("empty.hintFilters")}</li> : null}
                <li>{t("empty.hintBroader")}</li>
              </ul>
              <TextLink href="/search" className="mt-4 inline-block text-sm font-medium">
                {t("empty.browseAll")}
              </TextLink>
            </div>
          ) : (
            <ol className="flex flex-col gap-3" data-testid="search-results">
              {result.hits.map((hit) => (
                <ResultCard key={hit.entityId} hit={hit} terms={result.terms} locale={locale} />
              ))}
            </ol>
          )}

          <Pagination
            page={search.page}
            pageSize={search.pageSize}
            total={result.total}
            more={result.totalExact ? undefined : { pageHits: result.hits.length }}
            hrefOf={(page) => searchHref(search, { page })}
            labels={{ label: t("pagination.label"), previous: t("pagination.previous"), next: t("pagination.next"), page: (page) => t("pagination.page", { page }) }}
          />
        </section>
      </div>
    </div>
  );
}
