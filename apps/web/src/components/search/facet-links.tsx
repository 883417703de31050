"use client";

import { Link } from "@/i18n/navigation";

/** `count` is undefined when the search's counts are only lower bounds: the value is then shown without a number. */
export type FacetLinkItem = { value: string; href: string; label: string; count: number | undefined; active: boolean };

/**
 * One facet's values as links (rendered on the server like any component, so they work without JS). A client
 * component on purpose: the page's payload then carries these few fields per value instead of each link's
 * whole element tree — a search page lists over a hundred of them.
 */
export function FacetLinks({ facet, items }: { facet: string; items: FacetLinkItem[] }) {
  return (
    <ul className="flex flex-col">
      {items.map((item) => (
        <li key={item.value}>
          <Link href={item.href} aria-current={item.active ? "true" : undefined} data-testid={`facet-${facet}-${item.value}`} className="facet-link">
            <span>
              <span aria-hidden className="facet-box">
                {item.active ? "✓" : ""}
              </span>
              <span>{item.label}</span>
            </span>
            {item.count === undefined ? null : <span className="facet-count">{item.count}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
