import { z } from "zod";
import { phoneSchema } from "../phone";
import { locales } from "../locales";
import { companyNameSchema, emailSchema, httpUrlSchema, optionalText, personNameSchema, uuidSchema } from "./atoms";
import { err } from "./errors";

/** Organisations whose advisers bring companies to the portal. */
export const adviserOrganizationKinds = ["chamber", "agency", "fez-administration", "trade-house"] as const;
export type AdviserOrganizationKind = (typeof adviserOrganizationKinds)[number];

/** An organisation of advisers: pending until staff approve it; only an approved one imports. */
export const adviserOrganizationStatuses = ["pending", "approved", "rejected"] as const;

/** An adviser's link to a company: awaiting the company's consent by mail, confirmed, or withdrawn by the company. */
export const companyAdviserStatuses = ["awaiting", "confirmed", "withdrawn"] as const;
export type CompanyAdviserStatus = (typeof companyAdviserStatuses)[number];

/**
 * Consent mails one organisation's advisers may cause in 24 hours: a chamber brings its members over days, and
 * nobody mails thousands of strangers in the portal's name. The server's setting may lower or raise it.
 */
export const defaultAdviserConsentMailsPerDay = 200;

/** The application of an organisation of advisers: who it is and whom staff (and companies) can reach there. */
export const adviserOrganizationRegisterSchema = z.object({
  name: companyNameSchema,
  kind: z.enum(adviserOrganizationKinds, err("errors.invalid")),
  country: z.enum(["UZ", "AZ"], err("errors.country")),
  // An empty field means no website.
  website: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), httpUrlSchema.optional()),
  contactName: personNameSchema,
  contactEmail: emailSchema,
  contactPhone: phoneSchema,
});
export type AdviserOrganizationRegister = z.input<typeof adviserOrganizationRegisterSchema>;

/** Staff's decision on an application; a rejection says why (the applicant reads it in the mail and notice). */
export const adviserOrganizationDecisionSchema = z
  .object({
    organizationId: z.uuid(err("errors.invalid")),
    decision: z.enum(["approve", "reject"], err("errors.invalid")),
    reason: optionalText(1000),
  })
  .refine((value) => value.decision === "approve" || value.reason !== undefined, { message: "errors.required", path: ["reason"] });

/** The secret of a consent link (256 random bits, base64url): the company's key to confirm or withdraw its adviser. */
export const adviserConsentTokenSchema = z.object({
  token: z.string(err("errors.invalid")).regex(/^[A-Za-z0-9_-]{43}$/, err("errors.invalid")),
});

/** What a consent link shows whoever holds it: names and the state, never the company's contact details. */
export const adviserConsentOutputSchema = z.object({
  companyName: z.string(),
  organizationName: z.string(),
  kind: z.enum(adviserOrganizationKinds),
  status: z.enum(companyAdviserStatuses),
  /** The hand-over link's secret while nobody owns the company yet (the consent link proves the same mailbox). */
  claimToken: z.string().nullable(),
});

export const adviserConsentAnswerOutputSchema = z.object({ status: z.enum(["confirmed", "withdrawn"]) });

/**
 * An adviser invites a colleague into the organisation by e-mail, in the language the mail is to be written in
 * (the colleague's own, when the address already has an account).
 */
export const adviserInviteSchema = z.object({
  email: emailSchema,
  locale: z.enum(locales, err("errors.invalid")),
});
export type AdviserInviteInput = z.infer<typeof adviserInviteSchema>;

/** An invitation into an organisation of advisers: its id is the link's secret. */
export const adviserInvitationIdSchema = z.object({ invitationId: uuidSchema });

/** An adviser of the caller's organisation, to remove from it. */
export const adviserMemberInputSchema = z.object({
  userId: z.string(err("errors.required")).min(1, err("errors.required")).max(100, err("errors.tooLong")),
});
