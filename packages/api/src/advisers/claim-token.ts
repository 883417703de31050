import { createHmac, timingSafeEqual } from "node:crypto";
import { adviserClaimTokenPattern } from "@karvon/data";
import type { CompanyAdviserRow } from "@karvon/db";

/** How long a hand-over link works; the consent link makes a fresh one whenever it is opened. */
export const claimLinkValidDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * A hand-over link's secret: the company, when it expires and an HMAC-SHA256 of both. The key is the link's
 * consent secret as the database keeps it (the SHA-256 of 256 random bits): nobody outside the database knows
 * it, every server of the portal has it without another setting, and the token needs no table of its own.
 * Whoever reads the token learns nothing of the key; the claim also needs the signed-in, verified address.
 */
function signature(link: Pick<CompanyAdviserRow, "companyId" | "consentTokenHash">, expiresAt: number): string {
  return createHmac("sha256", link.consentTokenHash).update(`company-claim:${link.companyId}:${expiresAt}`, "utf8").digest("base64url");
}

export function signClaimToken(link: Pick<CompanyAdviserRow, "companyId" | "consentTokenHash">, now: Date): string {
  const expiresAt = Math.floor((now.getTime() + claimLinkValidDays * dayMs) / 1000);
  return `${link.companyId}-${expiresAt}-${signature(link, expiresAt)}`;
}

/** The company a token names (to look its link up), or null for a token of another form. */
export function claimTokenCompanyId(token: string): string | null {
  return adviserClaimTokenPattern.exec(token)?.[1] ?? null;
}

/** True when the token was made for this link and has not expired. */
export function isValidClaimToken(token: string, link: Pick<CompanyAdviserRow, "companyId" | "consentTokenHash">, now: Date): boolean {
  const [, companyId, expires, given] = adviserClaimTokenPattern.exec(token) ?? [];
  if (companyId !== link.companyId || expires === undefined || given === undefined) return false;
  const expiresAt = Number(expires);
  if (!Number.isSafeInteger(expiresAt) || expiresAt * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(signature(link, expiresAt));
  const received = Buffer.from(given);
  return expected.length === received.length && timingSafeEqual(expected, received);
}
