import type { CompanyRow, ListingRow } from "@karvon/db";
import { parseEnforcementReason } from "../moderation/enforcement-reason";

/** What anyone may see of a listing: the approved content only, with its company's public identity. */
export function toPublicListing(listing: ListingRow, company: CompanyRow) {
  return {
    id: listing.id,
    kind: listing.kind,
    content: listing.published ?? {},
    title: listing.published?.title ?? {},
    description: listing.published?.description ?? {},
    sectors: listing.sectors,
    hsChapters: listing.hsChapters,
    cooperationKinds: listing.cooperationKinds,
    direction: listing.direction,
    targetCountry: listing.targetCountry,
    importsFrom: listing.importsFrom,
    publishedAt: listing.publishedAt,
    validUntil: listing.validUntil,
    company: {
      id: company.id,
      slug: company.slug,
      legalName: company.legalName,
      country: company.country,
      region: company.region,
      verificationLevel: company.verificationLevel,
    },
  };
}
export type PublicListing = ReturnType<typeof toPublicListing>;

/** What the company's members see: the working copy, its review state, and whether a version is public. */
export function toMemberListing(listing: ListingRow) {
  return {
    id: listing.id,
    companyId: listing.companyId,
    kind: listing.kind,
    status: listing.status,
    version: listing.version,
    content: listing.content,
    title: listing.content.title ?? {},
    isPublished: listing.published !== null,
    publishedAt: listing.publishedAt,
    validUntil: listing.validUntil,
    hidden: listing.hiddenAt !== null,
    /** Why the moderators hid it (codes and note), for its own company. */
    hiding: listing.hiddenAt === null ? null : parseEnforcementReason(listing.hiddenReason),
    reviewReasons: listing.reviewReasons,
    reviewNote: listing.reviewNote,
    updatedAt: listing.updatedAt,
  };
}
