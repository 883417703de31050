import { accountRouter } from "./routers/account";
import { actingCompanyRouter } from "./routers/acting-company";
import { companyRouter } from "./routers/company";
import { contactRouter } from "./routers/contact";
import { cooperationRouter } from "./routers/cooperation";
import { eventsRouter } from "./events/router";
import { moderationRouter } from "./routers/moderation";
import { notificationRouter } from "./routers/notification";
import { appealRouter, reportRouter } from "./routers/report";
import { listingRouter } from "./routers/listing";
import { savedSearchRouter } from "./routers/saved-search";
import { searchRouter } from "./routers/search";
import { seoRouter } from "./routers/seo";
import { statsRouter } from "./routers/stats";
import { createTRPCRouter } from "./trpc";

/** The app router: one sub-router per domain area. */
export const appRouter = createTRPCRouter({
  stats: statsRouter,
  seo: seoRouter,
  account: accountRouter,
  company: companyRouter,
  actingCompany: actingCompanyRouter,
  contact: contactRouter,
  moderation: moderationRouter,
  cooperation: cooperationRouter,
  report: reportRouter,
  appeal: appealRouter,
  listing: listingRouter,
  search: searchRouter,
  savedSearch: savedSearchRouter,
  notification: notificationRouter,
  events: createTRPCRouter(eventsRouter),
});

export type AppRouter = typeof appRouter;
