"use client";

import type { Search } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useEffectEvent } from "react";
import { useTRPC } from "@/trpc/client";

const storageKey = "karvon.search-misses";

/** The misses this browser tab already reported (so going back and forth does not report them again). */
function alreadyReported(key: string): boolean {
  try {
    const seen = JSON.parse(sessionStorage.getItem(storageKey) ?? "[]") as unknown;
    const list = Array.isArray(seen) ? seen.filter((item): item is string => typeof item === "string") : [];
    if (list.includes(key)) return true;
    sessionStorage.setItem(storageKey, JSON.stringify([...list.slice(-49), key]));
    return false;
  } catch {
    return false;
  }
}

/**
 * Reports a search that found nothing, for the admin analytics. Rendering the page (a GET, which browsers
 * prefetch and crawlers follow) writes nothing; this runs in the browser after the empty result is shown and
 * calls `search.recordMiss`, which checks the search again on the server. Renders nothing.
 */
export function RecordSearchMiss({ search }: { search: Search }) {
  const trpc = useTRPC();
  const record = useMutation(trpc.search.recordMiss.mutationOptions());
  const { mutate } = record;
  const key = JSON.stringify([search.q.toLowerCase(), search.type, search.country ?? ""]);
  // Reads the latest `search` without being a dependency: it is a new object on every render of the page.
  const report = useEffectEvent(() => {
    if (search.q === "" || search.page !== 1 || alreadyReported(key)) return;
    mutate(search);
  });
  // Once per distinct search shown.
  useEffect(() => report(), [key]);
  return null;
}
