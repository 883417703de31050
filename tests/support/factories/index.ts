/** The one set of builders tests seed their rows with. */
export * from "./companies";
export * from "./contact-requests";
export * from "./listings";
export * from "./users";
