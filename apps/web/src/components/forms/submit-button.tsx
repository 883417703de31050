"use client";

import type { ReactNode } from "react";
import { useHydrated } from "@/lib/use-hydrated";

/**
 * Disabled until the page is interactive: a click before hydration would submit the form natively, putting
 * its fields (a password!) into the URL.
 */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <button
      type="submit"
      disabled={pending || !hydrated}
      aria-busy={pending || undefined}
      className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
