import {
  companyDraftSchema,
  companySubmitSchema,
  resumeStepOf,
  type CompanyDraft,
  type CompanyProfile,
  type CompanySaveDraftInput,
} from "@karvon/data";
import { hasCompanyLogo, saveCompanyDraft, saveCompanyLogo, submitCompany, type CompanyRow, type Db } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { processLogo } from "./logo";

/*
 * How a company profile is edited, whoever edits it: its members (company router) and, with the company's
 * consent, its advisers (advisers/profile-procedures.ts). One implementation, so an adviser's edit changes and
 * goes to review exactly like a member's: each save makes a new draft version (an approved profile stays public
 * as approved), and only a submission hands the working copy to the moderators.
 */

/** The working copy as stored: a `CompanyDraft` without the identity fields, which live in columns. */
function storedPatch(patch: CompanyDraft): CompanyProfile {
  const { country: _country, taxId: _taxId, ...rest } = patch;
  return rest;
}

/** Autosave of any step: checked against the company's country, then saved as a new draft version. */
export async function saveWorkingCopy(db: Db, company: CompanyRow, input: Pick<CompanySaveDraftInput, "patch" | "clear">, at: Date) {
  // Cross-field checks (region of the country, zone of the country) need the company's country.
  const checked = companyDraftSchema.safeParse({ ...input.patch, country: company.country, taxId: company.taxId });
  if (!checked.success) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.invalid", cause: checked.error });
  const saved = await saveCompanyDraft(db, { companyId: company.id, patch: storedPatch(checked.data), clear: input.clear, at });
  if (saved === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
  return { version: saved.version, status: saved.status, savedAt: saved.updatedAt };
}

/**
 * Checks the complete profile and hands it to the moderators. `submitted` is null when it already was under
 * review (nothing changed, nothing to record).
 */
export async function submitWorkingCopy(db: Db, company: CompanyRow, at: Date) {
  if (company.status === "submitted") return { status: company.status, version: company.version, submitted: null };
  const checked = companySubmitSchema.safeParse({ legalName: company.legalName, ...company.profile, country: company.country, taxId: company.taxId });
  if (!checked.success) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.company.incomplete", cause: checked.error });
  const submitted = await submitCompany(db, { companyId: company.id, profile: storedPatch(checked.data), at });
  if (submitted === null) return { status: "submitted" as const, version: company.version, submitted: null };
  return { status: submitted.status, version: submitted.version, submitted };
}

/**
 * Replaces the working logo: checked (type, size, signature, no SVG) and re-encoded to WebP on the server. Like
 * any edit it returns the profile to draft; the public keeps the approved logo until the next approval.
 */
export async function replaceWorkingLogo(db: Db, company: CompanyRow, dataUrl: string, at: Date): Promise<void> {
  const logo = await processLogo(dataUrl);
  if (!logo.ok) throw new TRPCError({ code: "BAD_REQUEST", message: logo.problem });
  await db.transaction(async (tx) => {
    await saveCompanyLogo(tx, { companyId: company.id, mimeType: logo.mimeType, data: logo.data, at });
    await saveCompanyDraft(tx, { companyId: company.id, patch: {}, at });
  });
}

/** The working copy as the profile form loads it, with where onboarding should resume. */
export async function workingCopyOf(db: Db, company: CompanyRow) {
  const identity = { country: company.country, taxId: company.taxId, legalName: company.legalName };
  return {
    id: company.id,
    slug: company.slug,
    legalName: company.legalName,
    country: company.country,
    taxId: company.taxId,
    status: company.status,
    version: company.version,
    profile: company.profile,
    isPublic: company.published !== null && company.suspendedAt === null,
    reviewReasons: company.reviewReasons,
    reviewNote: company.reviewNote,
    verificationLevel: company.verificationLevel,
    hasLogo: await hasCompanyLogo(db, company.id, "working"),
    resumeStep: resumeStepOf(identity, company.profile),
  };
}
