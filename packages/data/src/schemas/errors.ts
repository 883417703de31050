/**
 * Every error message the schemas of this package produce is one of these translation keys. The web app
 * checks that its message catalogues cover the whole list.
 */
export const errorKeys = [
  "errors.required",
  "errors.invalid",
  "errors.tooShort",
  "errors.tooLong",
  "errors.nameText",
  "errors.tooFew",
  "errors.chooseSectors",
  "errors.chooseLanguages",
  "errors.chooseCooperationKinds",
  "errors.foundedYearRequired",
  "errors.tooMany",
  "errors.duplicate",
  "errors.email",
  "errors.url",
  "errors.slug",
  "errors.uuid",
  "errors.number",
  "errors.integer",
  "errors.positive",
  "errors.tooSmall",
  "errors.tooLarge",
  "errors.boolean",
  "errors.date",
  "errors.dateInPast",
  "errors.year",
  "errors.unknownCode",
  "errors.locale",
  "errors.country",
  "errors.region",
  "errors.regionNotInCountry",
  "errors.district",
  "errors.districtNotInRegion",
  "errors.economicZone",
  "errors.economicZoneNotInCountry",
  "errors.sector",
  "errors.hsChapter",
  "errors.cooperationKind",
  "errors.listingKind",
  "errors.listingDirection",
  "errors.sizeBand",
  "errors.language",
  "errors.currency",
  "errors.currencyRequired",
  "errors.incoterm",
  "errors.projectStage",
  "errors.quantityUnit",
  "errors.quantityUnitRequired",
  "errors.priceRange",
  "errors.moderationReason",
  "errors.moderation.reasonsRequired",
  "errors.reportReason",
  "errors.declineReason",
  "errors.contactPurpose",
  "errors.contactTarget",
  "errors.searchType",
  "errors.sort",
  "errors.itemType",
  "errors.decision",
  "errors.targetType",
  "errors.password.tooShort",
  "errors.password.tooLong",
  "errors.password.common",
  "errors.localizedText.empty",
  "errors.taxId.required",
  "errors.taxId.uzFormat",
  "errors.taxId.azFormat",
  "errors.taxId.azLastDigit",
  "errors.phone",
  "errors.consent",
] as const;

export type ErrorKey = (typeof errorKeys)[number];

/** `{ error: key }` for zod 4 schema and check parameters, typed so only known keys compile. */
export function err(key: ErrorKey): { error: ErrorKey } {
  return { error: key };
}

export function isErrorKey(value: string): value is ErrorKey {
  return (errorKeys as readonly string[]).includes(value);
}
