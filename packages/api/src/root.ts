import { accountRouter } from "./account/router";
import { adviserRouter } from "./advisers/router";
import { actingCompanyRouter } from "./companies/acting-company-router";
import { apiKeyRouter } from "./public-api/api-key-router";
import { companyImportRouter } from "./bulk-import/router";
import { companyRouter } from "./companies/router";
import { contactRouter } from "./contact/router";
import { cooperationRouter } from "./cooperation/router";
import { moderationRouter } from "./moderation/router";
import { notificationRouter } from "./notifications/router";
import { appealRouter, reportRouter } from "./moderation/report-router";
import { eventsRouter } from "./events/router";
import { listingRouter } from "./listings/router";
import { savedSearchRouter } from "./search/saved-search-router";
import { searchRouter } from "./search/router";
import { seoRouter } from "./seo/router";
import { statsRouter } from "./stats/router";
import { createTRPCRouter } from "./trpc";

/** The app router: one sub-router per domain area. */
export const appRouter = createTRPCRouter({
  stats: statsRouter,
  seo: seoRouter,
  account: accountRouter,
  company: companyRouter,
  companyImport: companyImportRouter,
  advisers: adviserRouter,
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
  apiKey: apiKeyRouter,
  events: createTRPCRouter(eventsRouter),
});

export type AppRouter = typeof appRouter;
