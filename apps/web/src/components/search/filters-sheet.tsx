"use client";

import { useState, type ReactNode } from "react";

/**
 * The filters: a column beside the results on wide screens; on phones a button opens them as a full-screen
 * sheet. One copy of the filters in the page, shown either way by CSS.
 */
export function FiltersSheet({ children, openLabel, closeLabel }: { children: ReactNode; openLabel: string; closeLabel: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-expanded={open}
        aria-controls="search-filters"
        className="min-h-11 rounded-md border border-slate-300 px-4 py-2 text-sm font-medium md:hidden dark:border-slate-700"
        data-testid="open-filters"
      >
        {openLabel}
      </button>
      <div
        id="search-filters"
        className={`${open ? "fixed inset-0 z-50 flex flex-col overflow-y-auto bg-white p-4 dark:bg-slate-950" : "hidden"} md:static md:z-auto md:block md:overflow-visible md:bg-transparent md:p-0`}
        role={open ? "dialog" : undefined}
        aria-modal={open ? true : undefined}
        // A name only as a dialog: aria-label is not allowed on a plain div (axe: aria-prohibited-attr).
        aria-label={open ? openLabel : undefined}
      >
        {children}
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="sticky bottom-0 mt-4 min-h-11 rounded-md bg-brand-600 px-4 py-2 font-medium text-white md:hidden"
        >
          {closeLabel}
        </button>
      </div>
    </>
  );
}
