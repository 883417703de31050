import {
  listingByCompanySchema,
  listingCreateSchema,
  listingIdInputSchema,
  listingSaveSchema,
  listingSimilarSchema,
  partnerSuggestionOutputSchema,
  publicListingOutputSchema,
  searchHitOutputSchema,
  type Listing,
  type ListingContent,
  type ListingKind,
} from "@karvon/data";
import {
  getCompanyById,
  getListingById,
  isCompanySearchable,
  isListingSearchable,
  listCompanyListings,
  listPublicCompanyListings,
  renewListing,
  saveListingDraft,
  submitListing,
  type CompanyRow,
  type Db,
  type ListingRow,
} from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { isStaff, requireCompanyMember } from "../companies/access";
import { assertPublishing, createCompanyListing } from "./create";
import { toMemberListing, toPublicListing } from "./view";
import { findPartnersForListing } from "../matchmaking/partners-for-you";
import { similarListings } from "./similar";
import { companyMemberProcedure, protectedProcedure, publicReadProcedure, type Session } from "../trpc";

function notFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "errors.listing.notFound" });
}

/** The listing and its company when the caller is a member of a publishing company; NOT_FOUND otherwise. */
async function requireEditableListing(db: Db, session: Session, listingId: string): Promise<{ listing: ListingRow; company: CompanyRow }> {
  const listing = await getListingById(db, listingId);
  if (listing === null) notFound();
  const { company } = await requireCompanyMember(db, session, listing.companyId).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  assertPublishing(company);
  return { listing, company };
}

/** The working copy as stored: the kind is fixed at creation and lives in its own column. */
function storedContent(listing: Listing, kind: ListingKind): ListingContent {
  return { ...listing, kind };
}

export const listingRouter = {
  /** A new listing, saved as a draft (or handed to the moderators at once with `submit`). */
  create: companyMemberProcedure(listingCreateSchema).mutation(async ({ ctx, input }) => {
    const row = await createCompanyListing(ctx.db, { company: ctx.company, input, createdBy: ctx.session.user.id, at: ctx.clock.now() });
    return toMemberListing(row);
  }),

  /** Saves the working copy without submitting (a published version stays public meanwhile). */
  saveDraft: protectedProcedure.input(listingSaveSchema).mutation(async ({ ctx, input }) => {
    const { listing } = await requireEditableListing(ctx.db, ctx.session, input.listingId);
    const row = await saveListingDraft(ctx.db, {
      listingId: listing.id,
      content: storedContent(input.listing, listing.kind),
      at: ctx.clock.now(),
    });
    if (row === null) notFound();
    return toMemberListing(row);
  }),

  /** Hands the working copy to the moderators. */
  submit: protectedProcedure.input(listingIdInputSchema).mutation(async ({ ctx, input }) => {
    const { listing } = await requireEditableListing(ctx.db, ctx.session, input.listingId);
    const row = await submitListing(ctx.db, { listingId: listing.id, at: ctx.clock.now() });
    if (row === null) throw new TRPCError({ code: "CONFLICT", message: "errors.listing.notSubmittable" });
    return toMemberListing(row);
  }),

  /** Edits and submits in one step: an edit of a published listing goes back to review while it stays public. */
  update: protectedProcedure.input(listingSaveSchema).mutation(async ({ ctx, input }) => {
    const { listing } = await requireEditableListing(ctx.db, ctx.session, input.listingId);
    const at = ctx.clock.now();
    const row = await ctx.db.transaction(async (tx) => {
      await saveListingDraft(tx, { listingId: listing.id, content: storedContent(input.listing, listing.kind), at });
      return submitListing(tx, { listingId: listing.id, at });
    });
    if (row === null) notFound();
    return toMemberListing(row);
  }),

  /** Another six months in search for a published listing (also after it expired). */
  renew: protectedProcedure.input(listingIdInputSchema).mutation(async ({ ctx, input }) => {
    const { listing } = await requireEditableListing(ctx.db, ctx.session, input.listingId);
    const row = await renewListing(ctx.db, { listingId: listing.id, at: ctx.clock.now() });
    if (row === null) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.listing.notPublished" });
    return toMemberListing(row);
  }),

  /** Every listing of one of my companies, in all states. */
  mine: companyMemberProcedure(listingByCompanySchema).query(async ({ ctx }) => {
    return (await listCompanyListings(ctx.db, ctx.company.id)).map(toMemberListing);
  }),

  /** The working copy, for the edit form: members of the company only. */
  workingCopy: protectedProcedure.input(listingIdInputSchema).query(async ({ ctx, input }) => {
    const listing = await getListingById(ctx.db, input.listingId);
    if (listing === null) notFound();
    await requireCompanyMember(ctx.db, ctx.session, listing.companyId);
    return toMemberListing(listing);
  }),

  /** The public listing: its approved version, while visible. Staff also see hidden and expired ones. */
  byId: publicReadProcedure
    .input(listingIdInputSchema)
    .output(publicListingOutputSchema)
    .query(async ({ ctx, input }) => {
      const listing = await getListingById(ctx.db, input.listingId);
      if (listing === null || listing.published === null) notFound();
      const company = await getCompanyById(ctx.db, listing.companyId);
      if (company === null) notFound();
      if (!isListingSearchable(listing, company, ctx.clock.now()) && !isStaff(ctx.session)) notFound();
      return toPublicListing(listing, company);
    }),

  /** The public listings of a public company. */
  byCompany: publicReadProcedure
    .input(listingByCompanySchema)
    .output(z.array(publicListingOutputSchema))
    .query(async ({ ctx, input }) => {
      const company = await getCompanyById(ctx.db, input.companyId);
      if (company === null || !isCompanySearchable(company)) return [];
      const rows = await listPublicCompanyListings(ctx.db, { companyId: company.id, now: ctx.clock.now() });
      return rows.map((listing) => toPublicListing(listing, company));
    }),

  /** Listings like this one (same kind, shared classification), best first. */
  similar: publicReadProcedure
    .input(listingSimilarSchema)
    .output(z.array(searchHitOutputSchema))
    .query(({ ctx, input }) =>
      similarListings(ctx.db, { listingId: input.listingId, limit: input.limit, now: ctx.clock.now() }),
    ),

  /** "Companies that may need this": complementary listings across the border, with reasons. */
  partners: publicReadProcedure
    .input(listingSimilarSchema)
    .output(z.array(partnerSuggestionOutputSchema))
    .query(({ ctx, input }) =>
      findPartnersForListing(ctx.db, { listingId: input.listingId, limit: input.limit }),
    ),
} satisfies TRPCRouterRecord;
