import { z } from "zod";
import { companySaveDraftSchema } from "./company-inputs";
import { err } from "./errors";

/** Organisations whose advisers bring companies to the portal. */
export const adviserOrganizationKinds = ["chamber", "agency", "fez-administration", "trade-house"] as const;
export type AdviserOrganizationKind = (typeof adviserOrganizationKinds)[number];

/** An organisation of advisers: pending until staff approve it; only an approved one imports. */
export const adviserOrganizationStatuses = ["pending", "approved", "rejected"] as const;

/** An adviser's link to a company: awaiting the company's consent by mail, confirmed, or withdrawn by the company. */
export const companyAdviserStatuses = ["awaiting", "confirmed", "withdrawn"] as const;
export type CompanyAdviserStatus = (typeof companyAdviserStatuses)[number];

export const adviserOrganizationRegisterSchema = z.object({
  name: z.string(err("errors.required")).trim().min(2, err("errors.tooShort")).max(200, err("errors.tooLong")),
  kind: z.enum(adviserOrganizationKinds, err("errors.invalid")),
  country: z.enum(["UZ", "AZ"], err("errors.country")),
});

export const adviserOrganizationDecisionSchema = z.object({
  organizationId: z.uuid(err("errors.invalid")),
  decision: z.enum(["approve", "reject"], err("errors.invalid")),
});

/** The secret of a consent link (256 random bits, base64url): the company's key to confirm or withdraw its adviser. */
export const adviserConsentTokenSchema = z.object({
  token: z.string(err("errors.invalid")).regex(/^[A-Za-z0-9_-]{43}$/, err("errors.invalid")),
});

/** An adviser's edit of a company it brought: whole profile fields, as the onboarding form saves them. */
export const adviserCompanyEditSchema = companySaveDraftSchema.pick({ companyId: true, patch: true });

/** What a consent link shows whoever holds it: names and the state, never the company's contact details. */
export const adviserConsentOutputSchema = z.object({
  companyName: z.string(),
  organizationName: z.string(),
  kind: z.enum(adviserOrganizationKinds),
  status: z.enum(companyAdviserStatuses),
});

export const adviserConsentAnswerOutputSchema = z.object({ status: z.enum(["confirmed", "withdrawn"]) });
