import type { PublicCompany } from "@karvon/data";
import type { CompanyRow } from "@karvon/db";

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

function description(value: unknown): PublicCompany["description"] {
  if (typeof value !== "object" || value === null) return {};
  const record = value as Record<string, unknown>;
  const out: PublicCompany["description"] = {};
  for (const locale of ["en", "ru", "uz", "az"] as const) {
    const entry = text(record[locale]);
    if (entry !== null) out[locale] = entry;
  }
  return out;
}

/**
 * The public view of a profile snapshot. Contact e-mail and phone are deliberately never read here: they are
 * shown only to a company whose contact request was accepted (the contact area).
 */
export function toPublicCompany(
  company: Pick<CompanyRow, "id" | "slug" | "legalName" | "country" | "taxId" | "verificationLevel" | "publishedAt">,
  snapshot: Record<string, unknown>,
  options: { hasLogo: boolean; preview: boolean },
): PublicCompany {
  return {
    id: company.id,
    slug: company.slug,
    legalName: options.preview ? (text(snapshot.legalName) ?? company.legalName) : company.legalName,
    country: company.country,
    taxId: company.taxId,
    region: text(snapshot.region),
    district: text(snapshot.district),
    city: text(snapshot.city),
    economicZone: text(snapshot.economicZone),
    foundedYear: typeof snapshot.foundedYear === "number" ? snapshot.foundedYear : null,
    sizeBand: text(snapshot.sizeBand),
    sectors: texts(snapshot.sectors),
    hsChapters: texts(snapshot.hsChapters),
    exportsTo: texts(snapshot.exportsTo),
    importsFrom: texts(snapshot.importsFrom),
    languages: texts(snapshot.languages),
    website: text(snapshot.website),
    description: description(snapshot.description),
    contactPerson: { name: text(snapshot.contactName), position: text(snapshot.contactPosition) },
    verificationLevel: company.verificationLevel,
    memberSince: company.publishedAt,
    hasLogo: options.hasLogo,
    preview: options.preview,
  };
}
