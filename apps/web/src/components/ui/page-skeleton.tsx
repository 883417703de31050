import { useTranslations } from "next-intl";

/**
 * What a page looks like while its data is on the way (the route's loading.tsx): grey blocks in the page's shape,
 * announced once as "Loading…" to screen readers, the blocks themselves hidden from them.
 *
 * - `search`: the search page (query bar, filters beside the results, result cards);
 * - `list`: a signed-in page with a title, an intro and a list (dashboard, notifications);
 * - `inbox`: the same with a row of tabs above the list;
 * - `queue`: the moderation desk (tabs above a list of items), inside the desk's own layout.
 */
export type PageSkeletonVariant = "search" | "list" | "inbox" | "queue";

const block = "animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none dark:bg-slate-800";
const card = "rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

function Bar({ className }: { className: string }) {
  return <div className={`${block} ${className}`} />;
}

function Card({ lines = 2 }: { lines?: number }) {
  return (
    <div className={`${card} flex flex-col gap-3`}>
      <Bar className="h-4 w-24" />
      <Bar className="h-5 w-3/4" />
      {Array.from({ length: lines }, (_, line) => (
        <Bar key={line} className={`h-3 ${line === lines - 1 ? "w-2/3" : "w-full"}`} />
      ))}
    </div>
  );
}

function SearchBlocks() {
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8">
      <Bar className="h-8 w-56" />
      <div className="flex gap-2">
        <Bar className="h-11 flex-1" />
        <Bar className="h-11 w-24" />
      </div>
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <div className="flex flex-col gap-3">
          <Bar className="h-11 w-full md:hidden" />
          <div className="hidden flex-col gap-3 md:flex">
            {Array.from({ length: 6 }, (_, row) => (
              <Bar key={row} className="h-6 w-full" />
            ))}
          </div>
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <Bar className="h-4 w-40" />
          {Array.from({ length: 4 }, (_, row) => (
            <Card key={row} />
          ))}
        </div>
      </div>
    </div>
  );
}

function ListBlocks({ tabs }: { tabs: boolean }) {
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8">
      <div className="flex flex-col gap-2">
        <Bar className="h-8 w-48" />
        <Bar className="h-4 w-full max-w-md" />
      </div>
      {tabs ? (
        <div className="flex gap-2">
          {Array.from({ length: 3 }, (_, tab) => (
            <Bar key={tab} className="h-11 w-28" />
          ))}
        </div>
      ) : null}
      {Array.from({ length: 3 }, (_, row) => (
        <Card key={row} lines={1} />
      ))}
    </div>
  );
}

function QueueBlocks() {
  return (
    <div className="flex flex-col gap-4">
      <Bar className="h-8 w-56" />
      <div className="flex flex-wrap gap-2">
        {Array.from({ length: 4 }, (_, tab) => (
          <Bar key={tab} className="h-11 w-32" />
        ))}
      </div>
      {Array.from({ length: 5 }, (_, row) => (
        <div key={row} className={`${card} flex items-center justify-between gap-4`}>
          <div className="flex flex-1 flex-col gap-2">
            <Bar className="h-5 w-2/3" />
            <Bar className="h-3 w-1/3" />
          </div>
          <Bar className="h-11 w-20" />
        </div>
      ))}
    </div>
  );
}

export function PageSkeleton({ variant }: { variant: PageSkeletonVariant }) {
  const t = useTranslations("common");
  return (
    <div role="status" aria-busy="true" data-testid="page-skeleton" data-variant={variant}>
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true">
        {variant === "search" ? <SearchBlocks /> : null}
        {variant === "list" || variant === "inbox" ? <ListBlocks tabs={variant === "inbox"} /> : null}
        {variant === "queue" ? <QueueBlocks /> : null}
      </div>
    </div>
  );
}
