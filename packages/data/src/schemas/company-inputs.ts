import { z } from "zod";
import { partnerCountrySchema } from "../countries";
import { verificationLevelSchema } from "../statuses";
import { normalizeTaxId, taxIdError } from "../tax-id";
import { companyNameSchema, emailSchema, uuidSchema } from "./atoms";
import { companyDraftSchema, companySubmitSchema } from "./company";
import { err } from "./errors";

/*
 * Inputs and outputs of the company procedures. The profile itself (draft and submission) is in ./company.ts;
 * the working copy is stored as a `CompanyDraft` without `country` and `taxId`, which are identity columns.
 */

/** Starts a company: the tax ID is normalised and checked for the country (STIR/PINFL or VÖEN). */
export const companyCreateSchema = z
  .object({
    legalName: companyNameSchema,
    country: partnerCountrySchema,
    taxId: z.string(err("errors.taxId.required")).max(40, err("errors.tooLong")),
  })
  .transform((value) => ({ ...value, taxId: normalizeTaxId(value.country, value.taxId) }))
  .superRefine((value, ctx) => {
    const problem = taxIdError(value.country, value.taxId);
    if (problem !== null) ctx.addIssue({ code: "custom", path: ["taxId"], message: problem });
  });
export type CompanyCreateInput = z.input<typeof companyCreateSchema>;

/** Autosave of any part of the working copy (whole top-level fields). */
export const companyDraftFieldNames = [
  "legalName", "region", "district", "city", "economicZone", "foundedYear", "sizeBand", "sectors", "hsChapters",
  "exportsTo", "importsFrom", "languages", "website", "description", "contactName", "contactPosition",
  "contactEmail", "contactPhone",
] as const;
export type CompanyDraftFieldName = (typeof companyDraftFieldNames)[number];

/** `clear` lists fields the person emptied (an optional zone unselected, a website removed). */
export const companySaveDraftSchema = z.object({
  companyId: uuidSchema,
  patch: companyDraftSchema,
  clear: z.array(z.enum(companyDraftFieldNames, err("errors.invalid"))).max(companyDraftFieldNames.length).optional(),
});
export type CompanySaveDraftInput = z.input<typeof companySaveDraftSchema>;

export const companyIdInputSchema = z.object({ companyId: uuidSchema });
export const companySlugInputSchema = z.object({
  slug: z.string(err("errors.required")).min(1, err("errors.required")).max(100, err("errors.tooLong")),
});
export const companyInviteSchema = z.object({ companyId: uuidSchema, email: emailSchema });
export const companyInvitationIdSchema = z.object({ invitationId: uuidSchema });
export const companyMemberInputSchema = z.object({
  companyId: uuidSchema,
  userId: z.string(err("errors.required")).min(1, err("errors.required")).max(100, err("errors.tooLong")),
});

/** A logo as a data URL (PNG, JPEG or WebP, checked and re-encoded on the server): ≤ 2 MB decoded. */
export const companyLogoUploadSchema = z.object({
  companyId: uuidSchema,
  dataUrl: z.string(err("errors.required")).min(1, err("errors.required")).max(2_900_000, err("errors.tooLarge")),
});

/** The steps of the onboarding and the profile fields each one fills, in order. */
export const companyOnboardingSteps = [
  { code: "identity", fields: ["legalName"] },
  { code: "location", fields: ["region", "district", "city", "economicZone"] },
  {
    code: "business",
    fields: ["foundedYear", "sizeBand", "sectors", "hsChapters", "exportsTo", "importsFrom", "languages", "website"],
  },
  { code: "description", fields: ["description"] },
  { code: "contact", fields: ["contactName", "contactPosition", "contactEmail", "contactPhone"] },
  { code: "logo", fields: [] },
  { code: "review", fields: [] },
] as const;
export type CompanyOnboardingStep = (typeof companyOnboardingSteps)[number]["code"];

/** The problems of a working copy as a submission, by field (translation keys). Empty when it can be submitted. */
export function companySubmissionProblems(
  identity: { country: string; taxId: string; legalName: string },
  draft: Readonly<Record<string, unknown>>,
): Record<string, string[]> {
  const result = companySubmitSchema.safeParse({ legalName: identity.legalName, ...draft, country: identity.country, taxId: identity.taxId });
  if (result.success) return {};
  const problems: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    (problems[field] ??= []).push(issue.message);
  }
  return problems;
}

/** Where a returning owner continues: the first step with a missing or wrong field, else the review. */
export function resumeStepOf(
  identity: { country: string; taxId: string; legalName: string },
  draft: Readonly<Record<string, unknown>>,
): CompanyOnboardingStep {
  const problems = companySubmissionProblems(identity, draft);
  for (const step of companyOnboardingSteps) {
    if ((step.fields as readonly string[]).some((field) => field in problems)) return step.code;
  }
  return "review";
}

/** What anyone may see of a company: never the contact person's e-mail or phone. */
export const publicCompanySchema = z.object({
  id: z.string(),
  slug: z.string(),
  legalName: z.string(),
  country: z.string(),
  taxId: z.string(),
  region: z.string().nullable(),
  district: z.string().nullable(),
  city: z.string().nullable(),
  economicZone: z.string().nullable(),
  foundedYear: z.number().nullable(),
  sizeBand: z.string().nullable(),
  sectors: z.array(z.string()),
  hsChapters: z.array(z.string()),
  exportsTo: z.array(z.string()),
  importsFrom: z.array(z.string()),
  languages: z.array(z.string()),
  website: z.string().nullable(),
  description: z.object({
    en: z.string().optional(),
    ru: z.string().optional(),
    uz: z.string().optional(),
    az: z.string().optional(),
  }),
  contactPerson: z.object({ name: z.string().nullable(), position: z.string().nullable() }),
  verificationLevel: verificationLevelSchema,
  memberSince: z.date().nullable(),
  hasLogo: z.boolean(),
  /** True when a member or moderator looks at a working copy that is not (yet) public. */
  preview: z.boolean(),
});
export type PublicCompany = z.infer<typeof publicCompanySchema>;

/** Submitting for review includes the owner's consent to publish what the review step shows. */
export const companySubmitInputSchema = z.object({
  companyId: uuidSchema,
  consent: z.literal(true, err("errors.consent")),
});
