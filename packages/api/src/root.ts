import { statsRouter } from "./routers/stats";
import { createTRPCRouter } from "./trpc";

/** The app router: one sub-router per domain area. */
export const appRouter = createTRPCRouter({
  stats: statsRouter,
});

export type AppRouter = typeof appRouter;
