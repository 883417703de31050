import { z } from "zod";
import { adviserOrganizationKinds, companyAdviserStatuses } from "./advisers";
import { localizedTextOutputSchema } from "./search-outputs";

/**
 * What an organisation's advisers do in a company's name, as the audit log records it: the import that brought the
 * company, the profile's edits, logo and submissions, listings, and answers to contact requests. The company's
 * own consent, withdrawal and hand-over are its own acts and not listed.
 */
export const adviserActivityActions = [
  "company.import",
  "adviser.company.edit",
  "adviser.company.logo",
  "adviser.company.submit",
  "adviser.listing.create",
  "adviser.contact.accept",
  "adviser.contact.decline",
] as const;
export type AdviserActivityAction = (typeof adviserActivityActions)[number];

/** The newest entries the company reads; the rest are counted ("and N more"), staff's audit log has them all. */
export const adviserActivityLimit = 50;

/**
 * One act in the company's name: what, when and which adviser (by name only: the answer is public to whoever holds
 * the consent link, so never an address). `link` points at the public page of what was done, while it is public.
 */
export const adviserActivityEntrySchema = z.object({
  id: z.number().int(),
  at: z.date(),
  action: z.enum(adviserActivityActions),
  adviserName: z.string().nullable(),
  /** A listing's title as last written (its approved one, else the working copy). */
  listingTitle: localizedTextOutputSchema.nullable(),
  link: z.discriminatedUnion("kind", [z.object({ kind: z.literal("listing"), id: z.uuid() }), z.object({ kind: z.literal("company"), slug: z.string() })]).nullable(),
});
export type AdviserActivityEntry = z.infer<typeof adviserActivityEntrySchema>;

/** The organisation acting for the company, since when and in which state, and what it did, newest first. */
export const adviserActivityOutputSchema = z.object({
  organizationName: z.string(),
  kind: z.enum(adviserOrganizationKinds),
  status: z.enum(companyAdviserStatuses),
  /** When the company confirmed (else when the organisation brought it), and when it withdrew the adviser. */
  since: z.date(),
  withdrawnAt: z.date().nullable(),
  entries: z.array(adviserActivityEntrySchema),
  /** Every entry, also those past the first `adviserActivityLimit`. */
  total: z.number().int(),
});
export type AdviserActivity = z.infer<typeof adviserActivityOutputSchema>;

/** A company's adviser as its members see it on the dashboard, without the list of what it did. */
export const companyAdviserOutputSchema = adviserActivityOutputSchema.omit({ entries: true, total: true });
export type CompanyAdviser = z.infer<typeof companyAdviserOutputSchema>;
