/**
 * Per-IP limits of better-auth's database-backed rate limiter for the endpoints worth attacking. Windows are
 * in seconds; the sign-in limit is configurable (SIGN_IN_ATTEMPTS_PER_MINUTE). They are generous enough for an
 * office behind one address, tight enough to stop scripts. The lock on failed sign-ins (`lockout.ts`) is per
 * account *and* address, so that no stranger can lock an owner out: guesses spread over many addresses are slowed
 * by these per-address limits and that lock, one address at a time.
 */
export const defaultSignInAttemptsPerMinute = 10;

export const authRateLimitRules = (signInAttemptsPerMinute: number = defaultSignInAttemptsPerMinute) => ({
  "/sign-in/email": { window: 60, max: signInAttemptsPerMinute },
  "/sign-up/email": { window: 60 * 60, max: 20 },
  "/request-password-reset": { window: 15 * 60, max: 5 },
  "/send-verification-email": { window: 5 * 60, max: 3 },
});
