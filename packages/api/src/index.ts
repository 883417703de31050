import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export {
  createCallerFactory,
  createTRPCContext,
  defaultApiConfig,
  systemClock,
  type ApiConfig,
  type Clock,
  type Context,
  type CreateContextOptions,
  type ProcedureDone,
  type Session,
  type SessionUser,
} from "./trpc";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export * from "./runtime";
export { serverTimingHeader, timedDb, type TimedDb } from "./db-timing";
/** For the benchmark and its recall test: search and matchmaking exactly as the routers call them. */
export { toSearchParams } from "./search/params";
export { findPartnersForCompany } from "./matchmaking/partners-for-you";
export * from "./auth";
export { clientAddress, clientAddressHeader, parseTrustedProxies, peerAddressHeader } from "./client-address";
export { createSmtpTransport, deliverPendingMail, type MailTransport } from "./mail";
/** The outbox as a mailbox, for the /dev/mail page of a portal running without SMTP. */
export { findMailById, listMail, type StoredMail } from "@karvon/db";
export { processContactRequestTimers } from "./contact/timers";
export { processEventReminders } from "./events/reminders";
export { readCompanyLogo } from "./companies/logo-file";
export { expireListings } from "./listings/expiry";
export { notifySavedSearches } from "./search/saved-search-digest";
export type { MatchReason } from "./matchmaking/scoring";
export type { PartnerSuggestion } from "./matchmaking/partners-for-you";
export { seedDemoData } from "./demo";
/** `npm run admin:create` and the portal's side of its hand-over through the data folder. */
export { createStaffAccount, prepareStaffAccount } from "./auth/staff-accounts";
/** The public read API for partner systems (/api/v1): served by the web app's route handlers. */
export { servePublicApi, type PublicApiDependencies } from "./public-api/http";
export { publicApiRoutes, type PublicApiRouteName } from "./public-api/routes";
export { generateApiKey, hashApiKey } from "./public-api/api-key-secret";
/** Hand-over links of companies advisers brought, as a mail would carry one (the security tests' world). */
export { signClaimToken } from "./advisers/claim-token";
export { publicApiDocument, serveOpenApiDocument } from "./public-api/openapi";
/** Calendar files of event meetings (the .ics route handlers) and the scheduler (its benchmark). */
export { meetingsCalendar, type IcsMeeting } from "./events/ics";
export { scheduleMeeting } from "./events/scheduling";
