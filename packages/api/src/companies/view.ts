import type { CompanyProfile, PublicCompany } from "@karvon/data";
import type { CompanyRow } from "@karvon/db";

/**
 * The public view of a profile snapshot. Contact e-mail and phone are deliberately never read here: they are
 * shown only to a company whose contact request was accepted (the contact area).
 */
export function toPublicCompany(
  company: Pick<CompanyRow, "id" | "slug" | "legalName" | "country" | "taxId" | "verificationLevel" | "publishedAt">,
  snapshot: CompanyProfile,
  options: { hasLogo: boolean; preview: boolean },
): PublicCompany {
  return {
    id: company.id,
    slug: company.slug,
    legalName: options.preview ? (snapshot.legalName ?? company.legalName) : company.legalName,
    country: company.country,
    taxId: company.taxId,
    region: snapshot.region ?? null,
    district: snapshot.district ?? null,
    city: snapshot.city ?? null,
    economicZone: snapshot.economicZone ?? null,
    foundedYear: snapshot.foundedYear ?? null,
    sizeBand: snapshot.sizeBand ?? null,
    sectors: snapshot.sectors ?? [],
    hsChapters: snapshot.hsChapters ?? [],
    exportsTo: snapshot.exportsTo ?? [],
    importsFrom: snapshot.importsFrom ?? [],
    languages: snapshot.languages ?? [],
    website: snapshot.website ?? null,
    description: snapshot.description ?? {},
    contactPerson: { name: snapshot.contactName ?? null, position: snapshot.contactPosition ?? null },
    verificationLevel: company.verificationLevel,
    memberSince: company.publishedAt,
    hasLogo: options.hasLogo,
    preview: options.preview,
  };
}
