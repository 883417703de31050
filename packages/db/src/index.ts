export * from "./client";
export * from "./lock";
export * as schema from "./schema";
export * from "./queries/stats";
export * from "./queries/mail";
export * from "./queries/audit";
