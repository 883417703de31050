import { z } from "zod";
import { err } from "./errors";

/**
 * A hand-over token's parts — company id, expiry, signature — joined by dashes and without a dot: a path with a
 * dot reads as a file and skips the portal's proxy (locale, security headers). The fields have fixed shapes (a
 * UUID, digits, 43 base64url characters), so the dashes inside the id and the signature are no ambiguity.
 */
export const adviserClaimTokenPattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([0-9]{1,12})-([A-Za-z0-9_-]{43})$/;

/**
 * The secret of a hand-over link: the company's id, when the link expires (seconds since 1970) and a signature
 * (HMAC-SHA256, base64url) that only the server can make, joined by dashes. Sent only to the company's own
 * contact address.
 */
export const adviserClaimTokenSchema = z.object({
  token: z.string(err("errors.invalid")).regex(adviserClaimTokenPattern, err("errors.invalid")),
});

/**
 * Where a company an adviser brought stands for its hand-over: "open" (nobody owns it yet), "mine" (the reader
 * owns it), "owned" (somebody else does).
 */
export const adviserClaimStates = ["open", "mine", "owned"] as const;

/**
 * What a hand-over link shows whoever holds it: names, the state, and the contact address only half written out
 * (enough to tell which mailbox to sign in with, not enough to harvest it).
 */
export const adviserClaimInfoOutputSchema = z.object({
  companyName: z.string(),
  organizationName: z.string(),
  maskedEmail: z.string(),
  state: z.enum(adviserClaimStates),
  /** Whether the reader is signed in, and with the company's address (never an address itself: a public answer). */
  signedIn: z.boolean(),
  emailMatches: z.boolean(),
});

export const adviserClaimOutputSchema = z.object({ companyId: z.uuid(), slug: z.string() });
