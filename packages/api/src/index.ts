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
