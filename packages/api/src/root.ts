import { accountRouter } from "./routers/account";
import { companyRouter } from "./routers/company";
import { contactRouter } from "./routers/contact";
import { statsRouter } from "./routers/stats";
import { createTRPCRouter } from "./trpc";

/** The app router: one sub-router per domain area. */
export const appRouter = createTRPCRouter({
  stats: statsRouter,
  account: accountRouter,
  company: companyRouter,
  contact: contactRouter,
});

export type AppRouter = typeof appRouter;
