import { z } from "zod";
import {
  cooperationKindSchema,
  currencySchema,
  incotermSchema,
  listingDirectionSchema,
  listingKindSchema,
  projectStageSchema,
  quantityUnitSchema,
} from "../cooperation";
import { countryCodeSchema } from "../countries";
import { economicZoneByCode, economicZoneCodeSchema } from "../economic-zones";
import { hsChapterSchema } from "../hs-chapters";
import { regionCodeSchema } from "../places/index";
import { sectorDivisionSchema } from "../sectors";
import { localizedTextSchema, localizedTitleSchema, optionalText } from "./atoms";
import { codeList } from "./company";
import { err } from "./errors";

const amountSchema = z
  .number(err("errors.number"))
  .refine(Number.isFinite, err("errors.number"))
  .positive(err("errors.positive"))
  .max(1e13, err("errors.tooLarge"));

const priceSchema = z
  .number(err("errors.number"))
  .refine(Number.isFinite, err("errors.number"))
  .min(0, err("errors.tooSmall"))
  .max(1e13, err("errors.tooLarge"));

/** Today as YYYY-MM-DD (UTC). */
export function todayIsoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const futureDateSchema = z
  .iso.date(err("errors.date"))
  .refine((date) => date >= todayIsoDate(), err("errors.dateInPast"));

/** An offer, a request or a joint project. */
export const listingInputSchema = z
  .object(
    {
      kind: listingKindSchema,
      title: localizedTitleSchema,
      description: localizedTextSchema,
      sectors: codeList(sectorDivisionSchema, 1, 5, "errors.chooseSectors"),
      hsChapters: codeList(hsChapterSchema, 0, 10).default([]),
      cooperationKinds: codeList(cooperationKindSchema, 1, 6, "errors.chooseCooperationKinds"),
      direction: listingDirectionSchema,
      targetCountry: countryCodeSchema.optional(),
      quantity: amountSchema.optional(),
      unit: quantityUnitSchema.optional(),
      minOrder: amountSchema.optional(),
      priceMin: priceSchema.optional(),
      priceMax: priceSchema.optional(),
      currency: currencySchema.optional(),
      incoterm: incotermSchema.optional(),
      importsFrom: codeList(countryCodeSchema, 0, 40).default([]),
      validUntil: futureDateSchema.optional(),
      // joint projects
      capitalNeeded: amountSchema.optional(),
      stage: projectStageSchema.optional(),
      partnerRole: optionalText(1000),
      siteRegion: regionCodeSchema.optional(),
      siteZone: economicZoneCodeSchema.optional(),
    },
    err("errors.invalid"),
  )
  .superRefine((value, ctx) => {
    if (value.priceMin !== undefined && value.priceMax !== undefined && value.priceMin > value.priceMax) {
      ctx.addIssue({ code: "custom", path: ["priceMax"], message: "errors.priceRange" });
    }
    const money = value.priceMin !== undefined || value.priceMax !== undefined || value.capitalNeeded !== undefined;
    if (money && value.currency === undefined) {
      ctx.addIssue({ code: "custom", path: ["currency"], message: "errors.currencyRequired" });
    }
    if ((value.quantity !== undefined || value.minOrder !== undefined) && value.unit === undefined) {
      ctx.addIssue({ code: "custom", path: ["unit"], message: "errors.quantityUnitRequired" });
    }
    if (value.siteZone !== undefined && value.siteRegion !== undefined) {
      if (economicZoneByCode(value.siteZone)?.region !== value.siteRegion) {
        ctx.addIssue({ code: "custom", path: ["siteZone"], message: "errors.economicZone" });
      }
    }
  });
export type ListingInput = z.input<typeof listingInputSchema>;
export type Listing = z.output<typeof listingInputSchema>;

/**
 * A listing as stored (the working copy and the approved snapshot, jsonb). Every field is optional: a snapshot
 * approved before a field existed lacks it, and the kind lives in its own column.
 */
export type ListingContent = Partial<Listing>;
