import { useNow, useTranslations } from "next-intl";
import { useCallback } from "react";
import { relativeTimeOf } from "./relative-time";

/**
 * In a client component: "3 days ago" counted from the moment the page was rendered (the request's `now`, which
 * the server passes to the browser), so server and browser print the same words.
 */
export function useRelativeTime(): (value: Date | string | number) => string {
  const t = useTranslations("common.relativeTime");
  const now = useNow();
  return useCallback(
    (value) => {
      const { unit, count } = relativeTimeOf(value, now);
      return t(unit, { count });
    },
    [t, now],
  );
}
