export { createAuth, type Auth, type AuthConfig } from "./create-auth";
export { getApiSession, toApiSession } from "./session";
export { createStaffUser, generatePassword } from "./staff";
export { lockoutPolicy } from "./lockout";
export { authRateLimitRules, defaultSignInAttemptsPerMinute } from "./rate-limits";
