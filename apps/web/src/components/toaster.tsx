"use client";

import { Toaster as SonnerToaster } from "sonner";

/**
 * Toasts that confirm actions ("Request sent", "Saved"): call `toast.success(t("…"))` from `sonner` in any
 * client component. Follows the system's light or dark theme; announced to screen readers by sonner.
 */
export function Toaster() {
  return <SonnerToaster position="top-center" theme="system" richColors closeButton />;
}
