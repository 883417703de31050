"use client";

import type { ReactNode } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { Button } from "./button";

/**
 * Disabled until the page is interactive: a click before hydration would submit the form natively, putting
 * its fields (a password!) into the URL.
 */
export function SubmitButton({ pending, children, className }: { pending: boolean; children: ReactNode; className?: string }) {
  const hydrated = useHydrated();
  return (
    <Button type="submit" disabled={pending || !hydrated} aria-busy={pending || undefined} className={className}>
      {children}
    </Button>
  );
}
