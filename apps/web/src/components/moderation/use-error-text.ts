"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

type ServerError = { message?: string; data?: { params?: Record<string, string> | null; zodError?: { fieldErrors: Record<string, string[] | undefined> } | null } | null };

/** The translated text of a failed call, with its parameters ("already decided by {name}"). */
export function useErrorText() {
  const t = useTranslations();
  return useCallback(
    (error: unknown): string | null => {
      if (error === null || error === undefined) return null;
      const e = error as ServerError;
      const fieldKey = Object.values(e.data?.zodError?.fieldErrors ?? {}).find((keys) => keys?.[0])?.[0];
      const key = fieldKey ?? e.message ?? "errors.internal";
      if (!key.startsWith("errors.") || !t.has(key)) return t("errors.internal");
      return t(key, e.data?.params ?? {});
    },
    [t],
  );
}
