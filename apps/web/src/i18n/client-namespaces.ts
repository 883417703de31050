/**
 * Which messages each part of the site hands to the browser. The server renders every text itself; only client
 * components (forms, menus, badges) read messages in the browser, and every message given to them travels in each
 * page's HTML. So the layout passes what the header and footer need, and each route folder adds what its own client
 * components read — not the whole catalogue (tens of kilobytes per page).
 *
 * Entries are namespaces or dotted paths into them ("contact.badge"). client-namespaces.test.ts walks each route's
 * imports and fails when a client component reads a namespace its route does not pass. Forms read server error
 * keys ("errors.…"): a route passes the whole errors namespace, or the keys its forms can get plus errors.invalid
 * (what any other key reads as) and errors.internal.
 */
export const layoutNamespaces = ["common", "auth", "contact.badge", "moderation.nav", "notifications.badge"] as const;

/** Per route folder under app/[locale]: added to the layout's. */
export const routeNamespaces = {
  account: ["account", "errors"],
  admin: ["moderation", "events", "advisers.staff", "errors"],
  advisers: [
    "advisers.answer",
    "advisers.invitation",
    "advisers.kinds",
    "advisers.profile",
    "advisers.register",
    "advisers.team",
    // The members' profile form and the invitation page, in an adviser's hands.
    "companies.dashboard",
    "companies.invitation",
    "companies.onboarding",
    "companies.profile",
    "companies.verification",
    "listings",
    "errors",
  ],
  companies: ["companies.profile", "companies.verification", "contact.express", "contact.stats", "contact.thread.contact", "errors"],
  dashboard: ["advisers.companyCard", "companies.acting", "companies.dashboard", "companies.members", "listings.expiry", "listings.form.status", "listings.mine", "notifications", "errors"],
  events: ["events", "listings.reason", "search.pagination", "errors"],
  "forgot-password": ["errors"],
  import: ["imports", "errors"],
  inbox: ["companies.acting", "contact.inbox", "contact.thread", "moderation.reportForm", "errors"],
  invitations: ["advisers.invitation", "companies.invitation", "errors"],
  listings: ["listings", "contact.express", "moderation.reportForm", "errors"],
  notifications: ["notifications"],
  onboarding: ["companies.dashboard", "companies.onboarding", "companies.profile", "companies.verification", "errors"],
  "reset-password": ["errors"],
  // Saving a search can fail only on its name, the number of saved searches or the server; any other key reads
  // as errors.invalid (lib/field-errors.ts). The whole errors catalogue would be most of the page's messages.
  search: ["search.save", "errors.internal", "errors.invalid", "errors.required", "errors.tooLong", "errors.tooShort", "errors.unauthorized", "errors.savedSearch"],
  "sign-in": ["errors"],
  "sign-up": ["errors"],
  "verify-email": ["errors"],
} as const satisfies Record<string, readonly string[]>;

export type ClientRoute = keyof typeof routeNamespaces;
