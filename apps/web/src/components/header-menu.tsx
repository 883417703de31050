"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * The header's links, the account and the language: in the row on wide screens, behind one "Menu" button on
 * phones, so the header stays one row high. One copy of the links serves both (the panel is `display: contents`
 * from the sm breakpoint up). A disclosure, not a dialog: focus stays where the person puts it; Escape, a click
 * outside or following a link closes it, and Escape returns focus to the button.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <div ref={root} className="contents">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-slate-300 px-2 text-sm font-medium sm:hidden dark:border-slate-700"
        data-testid="header-menu-button"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        {label}
      </button>
      <div
        id={panelId}
        data-testid="header-menu"
        onClick={(event) => {
          // Following a link inside closes the menu (the header stays mounted across client navigations).
          if ((event.target as HTMLElement).closest("a") !== null) setOpen(false);
        }}
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-40 flex-col gap-2 border-b border-slate-200 bg-white px-4 pb-4 pt-2 shadow-lg sm:contents dark:border-slate-800 dark:bg-slate-900`}
      >
        {children}
      </div>
    </div>
  );
}
