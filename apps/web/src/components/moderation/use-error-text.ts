"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { errorTextOf } from "@/lib/error-text";

/** The translated text of a failed call, with its parameters ("already decided by {name}"). */
export function useErrorText() {
  const t = useTranslations();
  return useCallback((error: unknown): string | null => (error === null || error === undefined ? null : errorTextOf(t, error)), [t]);
}
