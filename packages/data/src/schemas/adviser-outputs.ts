import { z } from "zod";
import { reviewStatuses, verificationLevels } from "../statuses";
import { adviserOrganizationKinds, adviserOrganizationStatuses, companyAdviserStatuses } from "./advisers";
import { companyOnboardingSteps, companySaveDraftSchema, type CompanyOnboardingStep as CompanyOnboardingStepCode } from "./company-inputs";
import { err } from "./errors";
import { partnerSuggestionOutputSchema } from "./listing-outputs";
import { localizedTextOutputSchema } from "./search-outputs";

/*
 * What the advisers' procedures take and answer beyond the forms: kept apart from ./advisers.ts, whose schemas the
 * browser's forms import, because these pull in the company profile and matchmaking shapes (and their data).
 */

/** An adviser's edit of a company it brought: the onboarding form's own autosave, fields saved and fields emptied. */
export const adviserCompanyEditSchema = companySaveDraftSchema;

/** A client's working copy as the profile form loads it in an adviser's hands (the members' form, same fields). */
export const adviserClientProfileOutputSchema = z.object({
  id: z.string(),
  slug: z.string(),
  legalName: z.string(),
  country: z.string(),
  taxId: z.string(),
  status: z.enum(reviewStatuses),
  version: z.number().int(),
  profile: z.record(z.string(), z.unknown()),
  isPublic: z.boolean(),
  reviewReasons: z.array(z.string()),
  reviewNote: z.string().nullable(),
  verificationLevel: z.enum(verificationLevels),
  hasLogo: z.boolean(),
  resumeStep: z.enum(companyOnboardingSteps.map((step) => step.code) as [CompanyOnboardingStepCode, ...CompanyOnboardingStepCode[]]),
});
export type AdviserClientProfile = z.infer<typeof adviserClientProfileOutputSchema>;

/** The organisation a person acts for, as its own advisers see it (null when they act for none). */
export const adviserOrganizationOutputSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(adviserOrganizationKinds),
  country: z.string(),
  status: z.enum(adviserOrganizationStatuses),
  decisionReason: z.string().nullable(),
});

/** An application as staff review it: the organisation, whom to reach there, and who applied. */
export const adviserApplicationOutputSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(adviserOrganizationKinds),
  country: z.string(),
  website: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  applicant: z.object({ name: z.string(), email: z.string() }).nullable(),
  createdAt: z.date(),
});

/**
 * One company of an adviser's portfolio. What the adviser may see follows the consent: a withdrawn company shows
 * only its name and that state; listings, waiting contact requests and matches only once the company confirmed.
 */
export const adviserClientOutputSchema = z.object({
  companyId: z.string(),
  name: z.string(),
  slug: z.string().nullable(),
  consent: z.enum(companyAdviserStatuses),
  review: z.enum(reviewStatuses).nullable(),
  published: z.boolean(),
  listings: z.array(z.object({ id: z.string(), title: localizedTextOutputSchema, validUntil: z.date().nullable() })),
  pendingRequests: z.number().int().nonnegative(),
  matches: z.array(partnerSuggestionOutputSchema),
});
export type AdviserClientView = z.infer<typeof adviserClientOutputSchema>;

/** Companies per page of the portfolio: a chamber may bring thousands, each with its matches looked up. */
export const adviserPortfolioPageSize = 20;

export const adviserPortfolioInputSchema = z
  .object({ page: z.coerce.number(err("errors.number")).int(err("errors.integer")).min(1, err("errors.tooSmall")).max(10_000, err("errors.tooLarge")).default(1) })
  .default({ page: 1 });

export const adviserPortfolioOutputSchema = z.object({
  clients: z.array(adviserClientOutputSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
});

/** A contact request waiting for a confirmed client's answer, as its adviser reads it to answer in its name. */
export const adviserContactRequestOutputSchema = z.object({
  id: z.string(),
  senderName: z.string().nullable(),
  purpose: z.string(),
  message: z.string(),
  createdAt: z.date(),
});

/** A confirmed client as its adviser's pages name it: whose listing they write, and whether it may have one yet. */
export const adviserClientSummaryOutputSchema = z.object({
  companyId: z.string(),
  name: z.string(),
  organizationName: z.string(),
  isPublished: z.boolean(),
});

/** An organisation's team as its advisers see it: who acts for it and whom they invited (still waiting). */
export const adviserTeamOutputSchema = z.object({
  organizationName: z.string(),
  advisers: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string(), since: z.date(), isMe: z.boolean() })),
  invitations: z.array(z.object({ id: z.string(), email: z.string(), expiresAt: z.date() })),
});

/** What an invitation link into an organisation of advisers is about, for the person who opened it. */
export const adviserInvitationOutputSchema = z.object({
  organizationName: z.string(),
  email: z.string(),
  status: z.enum(["pending", "accepted", "canceled"]),
  expired: z.boolean(),
  forMe: z.boolean(),
});
