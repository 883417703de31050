export * from "./locales";
export * from "./labels";
export * from "./sources";
export * from "./countries";
export * from "./places";
export * from "./figures";
export * from "./statuses";
