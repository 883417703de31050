import "server-only";
import { appRouter, createCallerFactory } from "@karvon/api";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { createRequestContext } from "../server/trpc-context";
import { createQueryClient } from "./query-client";

const createContext = cache(async () => createRequestContext(new Headers(await headers())));

export const getQueryClient = cache(createQueryClient);

/** Server components prefetch with `trpc.x.y.queryOptions()` and read with `await api().x.y()`. */
export const trpc = createTRPCOptionsProxy({ ctx: createContext, router: appRouter, queryClient: getQueryClient });

const createCaller = createCallerFactory(appRouter);

/** A direct server-side caller for server components. */
export async function api() {
  return createCaller(await createContext());
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
