import { Link } from "@/i18n/navigation";

type Labels = { label: string; previous: string; next: string; page: (page: number) => string };

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  hrefOf: (page: number) => string;
  labels: Labels;
  /**
   * Set when `total` is only a lower bound (more matches may exist than were counted), with the number of hits on
   * the current page. The pager then numbers only pages it knows exist, never a last page, and offers "next"
   * while the current page is full.
   */
  more?: { pageHits: number };
};

/** The page numbers to link, in order, and whether a page after the current one exists (or may). */
function pagesToShow({ page: requested, pageSize, total, more }: Pick<PaginationProps, "page" | "pageSize" | "total" | "more">) {
  const counted = Math.max(1, Math.ceil(total / pageSize));
  // A page with hits exists even past the counted ones.
  const pages = more !== undefined && more.pageHits > 0 ? Math.max(counted, requested) : counted;
  const current = Math.min(requested, pages + 1);
  const hasNext = current < pages || (more !== undefined && more.pageHits >= pageSize);
  // Exact: the first, the last and two either side of the current one. A lower bound has no last page to name.
  const around = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, ...(more === undefined ? [pages] : [])])]
    .filter((page) => page >= 1 && page <= pages)
    .sort((a, b) => a - b);
  return { pages, current, hasNext, around };
}

/** Previous / numbered / next links; every page is a plain URL (`hrefOf`). */
export function Pagination({ page: requested, pageSize, total, hrefOf, labels, more }: PaginationProps) {
  const { pages, current, hasNext, around } = pagesToShow({ page: requested, pageSize, total, more });
  if (pages <= 1 && !hasNext) return null;
  const link = hrefOf;
  const base = "flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 px-3 text-sm dark:border-slate-700";
  return (
    <nav aria-label={labels.label} className="flex flex-wrap items-center gap-2" data-testid="pagination">
      {current > 1 ? (
        <Link href={link(current - 1)} className={base} rel="prev">
          {labels.previous}
        </Link>
      ) : null}
      {around.map((page, index) => (
        <span key={page} className="flex items-center gap-2">
          {index > 0 && page - (around[index - 1] ?? page) > 1 ? <span aria-hidden>…</span> : null}
          <Link
            href={link(page)}
            aria-label={labels.page(page)}
            aria-current={page === current ? "page" : undefined}
            className={`${base} aria-[current]:bg-brand-600 aria-[current]:text-white`}
          >
            {page}
          </Link>
        </span>
      ))}
      {more !== undefined && hasNext ? <span aria-hidden>…</span> : null}
      {hasNext ? (
        <Link href={link(current + 1)} className={base} rel="next">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
