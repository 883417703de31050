export { createAuth, type Auth, type AuthConfig } from "./create-auth";
export {
  authBasePath,
  createAuthHttpHandler,
  isReachableAuthEndpoint,
  reachableAuthEndpoints,
  type AuthLog,
  type AuthLogLevel,
} from "./http-endpoints";
export { getApiSession, toApiSession } from "./session";
export { createStaffUser, generatePassword } from "./staff";
export { lockoutPolicy } from "./lockout";
export { authRateLimitRules, defaultSignInAttemptsPerMinute } from "./rate-limits";
