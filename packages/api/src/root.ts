import { accountRouter } from "./routers/account";
import { companyRouter } from "./routers/company";
import { contactRouter } from "./routers/contact";
import { moderationRouter } from "./routers/moderation";
import { appealRouter, reportRouter } from "./routers/report";
import { statsRouter } from "./routers/stats";
import { createTRPCRouter } from "./trpc";

/** The app router: one sub-router per domain area. */
export const appRouter = createTRPCRouter({
  stats: statsRouter,
  account: accountRouter,
  company: companyRouter,
  contact: contactRouter,
  moderation: moderationRouter,
  report: reportRouter,
  appeal: appealRouter,
});

export type AppRouter = typeof appRouter;
