import { Link } from "@/i18n/navigation";

type Labels = { label: string; previous: string; next: string; page: (page: number) => string };

type PaginationProps = { page: number; pageSize: number; total: number; hrefOf: (page: number) => string; labels: Labels };

/** Previous / numbered / next links; every page is a plain URL (`hrefOf`). */
export function Pagination({ page: requested, pageSize, total, hrefOf, labels }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const current = Math.min(requested, pages + 1);
  const around = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((page) => page >= 1 && page <= pages)
    .sort((a, b) => a - b);
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
      {current < pages ? (
        <Link href={link(current + 1)} className={base} rel="next">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
