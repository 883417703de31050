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
  type Session,
  type SessionUser,
} from "./trpc";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export * from "./runtime";
export { serverTimingHeader, timedDb, type TimedDb } from "./db-timing";
/** For the benchmark and its recall test: search and matchmaking exactly as the routers call them. */
export { toSearchParams } from "./services/search-params";
export { findPartnersForCompany } from "./services/partners-for-you";
export * from "./auth";
export { clientAddress, clientAddressHeader, parseTrustedProxies, peerAddressHeader } from "./client-address";
export { createSmtpTransport, deliverPendingMail, type MailTransport } from "./mail";
/** The outbox as a mailbox, for the /dev/mail page of a portal running without SMTP. */
export { findMailById, listMail, type StoredMail } from "@karvon/db";
export { processContactRequestTimers } from "./services/contact-timers";
export { readCompanyLogo } from "./services/company-logo-file";
export { expireListings } from "./services/listing-expiry";
export { notifySavedSearches } from "./services/saved-search-digest";
export type { MatchReason } from "./services/matchmaking";
export type { PartnerSuggestion } from "./services/partners-for-you";
export { seedDemoData } from "./demo";
/** `npm run admin:create` and the portal's side of its hand-over through the data folder. */
export { createStaffAccount, prepareStaffAccount } from "./services/staff-accounts";
/** Calendar files of event meetings (the .ics route handlers) and the scheduler (its benchmark). */
export { meetingsCalendar, type IcsMeeting } from "./events/ics";
export { scheduleMeeting } from "./events/scheduling";
