"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * The filters: a column beside the results on wide screens; on phones a button opens them as a full-screen
 * sheet. One copy of the filters in the page, shown either way by CSS.
 */
export function FiltersSheet({ children, openLabel, closeLabel }: { children: ReactNode; openLabel: string; closeLabel: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        onClick={() => setOpen(true)}
        aria-expanded={open}
        aria-controls="search-filters"
        variant="secondary" size="sm" className="md:hidden"
        data-testid="open-filters"
      >
        {openLabel}
      </Button>
      <div
        id="search-filters"
        className={`${open ? "fixed inset-0 z-50 flex flex-col overflow-y-auto bg-white p-4 dark:bg-slate-950" : "hidden"} md:static md:z-auto md:block md:overflow-visible md:bg-transparent md:p-0`}
        role={open ? "dialog" : undefined}
        aria-modal={open ? true : undefined}
        // A name only as a dialog: aria-label is not allowed on a plain div (axe: aria-prohibited-attr).
        aria-label={open ? openLabel : undefined}
      >
        {children}
        <Button
          onClick={() => setOpen(false)}
          className="sticky bottom-0 mt-4 md:hidden"
        >
          {closeLabel}
        </Button>
      </div>
    </>
  );
}
