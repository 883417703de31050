"use client";

import dynamic from "next/dynamic";

/**
 * Loaded after the page is interactive (no toast is ever part of the first paint), so sonner is not first-load
 * JavaScript of every page (the 180 kB budget). Toasts are raised by user actions, which come later.
 */
const SonnerToaster = dynamic(() => import("sonner").then((module) => module.Toaster), { ssr: false });

/**
 * Toasts that confirm actions ("Request sent", "Saved"): call `toast.success(t("…"))` from `sonner` in any
 * client component. Follows the system's light or dark theme; announced to screen readers by sonner.
 */
export function Toaster() {
  return <SonnerToaster position="top-center" theme="system" richColors closeButton />;
}
