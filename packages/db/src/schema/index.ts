export * from "./auth";
export * from "./companies";
export * from "./mail";
export * from "./audit";
