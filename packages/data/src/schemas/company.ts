import { z } from "zod";
import { companySizeBandSchema, spokenLanguageSchema } from "../cooperation";
import { countryCodeSchema, partnerCountrySchema } from "../countries";
import { economicZoneCodeSchema, economicZoneInCountry } from "../economic-zones";
import { hsChapterSchema } from "../hs-chapters";
import { phoneSchema } from "../phone";
import { districtCodeSchema, districtInRegion, regionCodeSchema, regionInCountry } from "../places/index";
import { sectorDivisionSchema } from "../sectors";
import { normalizeTaxId, taxIdError } from "../tax-id";
import {
  companyNameSchema,
  emailSchema,
  httpUrlSchema,
  localizedTextSchema,
  optionalText,
  personNameSchema,
  shortTextSchema,
} from "./atoms";
import { err, type ErrorKey } from "./errors";

/**
 * Unique values, at least `min` and at most `max` of them. `missing` names what to choose when a required list
 * was skipped altogether or left empty ("Choose at least one sector"), rather than calling the value invalid.
 */
export function codeList<T extends z.ZodType<string>>(item: T, min: number, max: number, missing: ErrorKey = "errors.tooFew") {
  return z
    .array(item, { error: (issue) => (issue.input === undefined ? missing : "errors.invalid") })
    .min(min, err(missing))
    .max(max, err("errors.tooMany"))
    .refine((values) => new Set(values).size === values.length, err("errors.duplicate"));
}

export const foundedYearSchema = z
  .number({ error: (issue) => (issue.input === undefined ? "errors.foundedYearRequired" : "errors.number") })
  .int(err("errors.integer"))
  .min(1900, err("errors.year"))
  .refine((year) => year <= new Date().getFullYear(), err("errors.year"));

const companyFields = {
  legalName: companyNameSchema,
  country: partnerCountrySchema,
  taxId: z.string(err("errors.taxId.required")).trim().min(1, err("errors.taxId.required")).max(32, err("errors.tooLong")),
  region: regionCodeSchema,
  district: districtCodeSchema,
  city: optionalText(100),
  economicZone: economicZoneCodeSchema.optional(),
  foundedYear: foundedYearSchema,
  sizeBand: companySizeBandSchema,
  sectors: codeList(sectorDivisionSchema, 1, 5, "errors.chooseSectors"),
  hsChapters: codeList(hsChapterSchema, 0, 10),
  exportsTo: codeList(countryCodeSchema, 0, 40),
  importsFrom: codeList(countryCodeSchema, 0, 40),
  languages: codeList(spokenLanguageSchema, 1, 10, "errors.chooseLanguages"),
  website: httpUrlSchema.optional(),
  description: localizedTextSchema,
  contactName: personNameSchema,
  contactPosition: shortTextSchema,
  contactEmail: emailSchema,
  contactPhone: phoneSchema,
};

type CompanyPlace = {
  country?: string | undefined;
  taxId?: string | undefined;
  region?: string | undefined;
  district?: string | undefined;
  economicZone?: string | undefined;
};

/** Cross-field checks shared by drafts (only where both fields are present) and submissions. */
function checkPlaces(value: CompanyPlace, ctx: z.RefinementCtx): void {
  const { country, taxId, region, district, economicZone } = value;
  if (country !== undefined && taxId !== undefined) {
    const problem = taxIdError(country, taxId);
    if (problem !== null) ctx.addIssue({ code: "custom", path: ["taxId"], message: problem });
  }
  if (country !== undefined && region !== undefined && !regionInCountry(region, country)) {
    ctx.addIssue({ code: "custom", path: ["region"], message: "errors.regionNotInCountry" });
  }
  if (region !== undefined && district !== undefined && !districtInRegion(district, region)) {
    ctx.addIssue({ code: "custom", path: ["district"], message: "errors.districtNotInRegion" });
  }
  if (country !== undefined && economicZone !== undefined && !economicZoneInCountry(economicZone, country)) {
    ctx.addIssue({ code: "custom", path: ["economicZone"], message: "errors.economicZoneNotInCountry" });
  }
}

function normalizeTaxIdField<T extends { country?: string | undefined; taxId?: string | undefined }>(value: T): T {
  if (value.country === undefined || value.taxId === undefined) return value;
  return { ...value, taxId: normalizeTaxId(value.country, value.taxId) };
}

/** A complete company profile sent for moderation. The tax ID comes out normalised (digits only). */
export const companySubmitSchema = z
  .object(
    {
      ...companyFields,
      // Lists that may be empty: a company that imports nothing never touches "imports from", and the draft then
      // has no such field at all — absence means "none", not an invalid profile.
      hsChapters: companyFields.hsChapters.default([]),
      exportsTo: companyFields.exportsTo.default([]),
      importsFrom: companyFields.importsFrom.default([]),
    },
    err("errors.invalid"),
  )
  .superRefine(checkPlaces)
  .transform(normalizeTaxIdField);
export type CompanySubmitInput = z.input<typeof companySubmitSchema>;
export type CompanySubmit = z.output<typeof companySubmitSchema>;

/** An onboarding draft: every field optional, but what is given must be valid and consistent. */
export const companyDraftSchema = z
  .object(companyFields, err("errors.invalid"))
  .partial()
  .superRefine(checkPlaces)
  .transform(normalizeTaxIdField);
export type CompanyDraftInput = z.input<typeof companyDraftSchema>;
export type CompanyDraft = z.output<typeof companyDraftSchema>;

/**
 * A company profile as stored (the working copy and the approved snapshot, jsonb): a `CompanyDraft` without
 * `country` and `taxId`, which are identity columns. Every field is optional, as in a draft.
 */
export type CompanyProfile = Omit<CompanyDraft, "country" | "taxId">;
