import type { ListingInput } from "@karvon/data";

/** Fields that belong to some kinds only: trade terms to offers and requests, the venture to joint projects. */
const tradeFields = ["quantity", "unit", "minOrder", "priceMin", "priceMax", "incoterm"] as const;
const projectFields = ["capitalNeeded", "stage", "partnerRole", "siteRegion", "siteZone"] as const;
const requestFields = ["importsFrom"] as const;

/** Whether a field of the listing form applies to a kind of listing (fields shared by every kind always do). */
export function isFieldOfKind(field: string, kind: string): boolean {
  if ((tradeFields as readonly string[]).includes(field)) return kind !== "joint-project";
  if ((projectFields as readonly string[]).includes(field)) return kind === "joint-project";
  if ((requestFields as readonly string[]).includes(field)) return kind === "request";
  return true;
}

/** The listing as it will be sent: fields that do not apply to its kind are left out, not kept hidden. */
export function keepFieldsOfKind(value: ListingInput): ListingInput {
  const next: ListingInput = { ...value };
  for (const key of [...tradeFields, ...projectFields] as const) {
    if (!isFieldOfKind(key, value.kind)) delete next[key];
  }
  if (!isFieldOfKind("importsFrom", value.kind)) next.importsFrom = [];
  return next;
}
