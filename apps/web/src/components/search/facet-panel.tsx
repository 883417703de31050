import { searchCountLimit, searchTypeKinds, searchTypeOfKind, type Locale, type Search } from "@karvon/data";
import type { RouterOutputs } from "@karvon/api";
import { getTranslations } from "next-intl/server";
import { facetValueLabel } from "./facet-labels";
import { FacetLinks, type FacetLinkItem } from "./facet-links";
import { searchHref } from "./search-href";

type Facets = RouterOutputs["search"]["query"]["facets"];
type FacetName = keyof Facets;

/** The Search field each facet filters, its current value, and the patch that sets or clears a value. */
function facetState(facet: FacetName, search: Search) {
  switch (facet) {
    case "kind":
      return {
        isActive: (value: string) => search.type !== "all" && searchTypeKinds[search.type]?.includes(value) === true,
        patch: (value: string | undefined) => ({ type: value === undefined ? "all" : (searchTypeOfKind(value) ?? "all") }) as Partial<Search>,
      };
    case "verified":
      return {
        isActive: () => search.verifiedOnly,
        patch: (value: string | undefined) => ({ verifiedOnly: value !== undefined }) as Partial<Search>,
      };
    // Named one by one: a new facet must decide here how it filters.
    case "country":
    case "region":
    case "sector":
    case "hsChapter":
    case "cooperationKind":
    case "sizeBand":
    case "economicZone":
      return {
        isActive: (value: string) => search[facet] === value,
        patch: (value: string | undefined) => ({ [facet]: value }) as Partial<Search>,
      };
  }
}

const shownFirst = 8;

/**
 * Every filter with the count beside each value (counts reflect the other active filters); links, no JS. When the
 * search stopped counting (`countsExact` false) the counts, and how many values there are, are only lower bounds:
 * the values are shown without numbers, in the same order, with one line saying why.
 */
export async function FacetPanel({ facets, countsExact, search, locale }: { facets: Facets; countsExact: boolean; search: Search; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "search" });
  const order: FacetName[] = ["kind", "country", "region", "sector", "hsChapter", "cooperationKind", "sizeBand", "economicZone", "verified"];
  return (
    <div className="flex flex-col gap-5" data-testid="facets">
      {countsExact ? null : (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="facet-counts-note">
          {t("countsNote", { limit: searchCountLimit })}
        </p>
      )}
      {order.map((facet) => {
        const state = facetState(facet, search);
        const values = facet === "sector" ? facets.sector.filter((entry) => /^\d/.test(entry.value)) : facets[facet];
        if (values.length === 0 && !(facet === "verified" && search.verifiedOnly)) return null;
        const item = (entry: { value: string; count: number }): FacetLinkItem => {
          const active = state.isActive(entry.value);
          const label = facet === "verified" ? t("verifiedOnly") : facetValueLabel(facet, entry.value, locale, t("type.companies"));
          return { value: entry.value, href: searchHref(search, state.patch(active ? undefined : entry.value)), label, count: countsExact ? entry.count : undefined, active };
        };
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h3 id={`facet-${facet}`} className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              {t(`facet.${facet}`)}
            </h3>
            <FacetLinks facet={facet} items={values.slice(0, shownFirst).map(item)} />
            {values.length > shownFirst ? (
              <details>
                <summary className="cursor-pointer px-2 py-1 text-sm text-brand-700 dark:text-brand-100">
                  {countsExact ? t("showMore", { count: values.length }) : t("showMoreValues")}
                </summary>
                <FacetLinks facet={facet} items={values.slice(shownFirst).map(item)} />
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
