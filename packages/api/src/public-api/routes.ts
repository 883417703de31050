import {
  apiCompaniesQuerySchema,
  apiCompanyPathSchema,
  apiListingPathSchema,
  apiListingsQuerySchema,
  apiReferenceListOutputSchema,
  apiReferencePathSchema,
  apiSearchQuerySchema,
  listingKindCodes,
  publicCompanySchema,
  publicListingOutputSchema,
  searchResultOutputSchema,
  searchTypeKinds,
  type ApiScope,
} from "@karvon/data";
import { searchPartners } from "@karvon/db";
import type { z } from "zod";
import { appRouter } from "../root";
import { toSearchParams } from "../search/params";
import { createCallerFactory, type Context } from "../trpc";
import { referenceList } from "./reference-lists";

const createCaller = createCallerFactory(appRouter);

type AnyObject = z.ZodObject;

/**
 * One operation of the public API: its path, the zod schemas of its parameters and answer (the same ones the
 * portal's procedures use; the OpenAPI document is generated from them), and what it runs. Every operation
 * answers what an anonymous visitor of the portal would see, through the portal's own procedures.
 */
export type PublicApiRoute<Q extends AnyObject | undefined = AnyObject | undefined, P extends AnyObject | undefined = AnyObject | undefined> = {
  /** OpenAPI path under /api/v1, with `{name}` for path parameters. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  scope: ApiScope;
  query: Q;
  params: P;
  response: z.ZodType;
  /** How long a client may reuse an answer before asking again (with If-None-Match). */
  maxAgeSeconds: number;
  run: (
    ctx: Context,
    input: { query: Q extends AnyObject ? z.output<Q> : undefined; params: P extends AnyObject ? z.output<P> : undefined },
  ) => Promise<unknown>;
};

function route<Q extends AnyObject | undefined, P extends AnyObject | undefined>(definition: PublicApiRoute<Q, P>): PublicApiRoute {
  return definition;
}

const visitor = (ctx: Context) => createCaller({ ...ctx, session: null });

export const publicApiRoutes = {
  search: route({
    path: "/search",
    operationId: "search",
    summary: "Search companies and listings",
    description: "The portal's partner search: the same text matching, filters, ranking, facet counts and paging.",
    scope: "search",
    query: apiSearchQuerySchema,
    params: undefined,
    response: searchResultOutputSchema,
    maxAgeSeconds: 60,
    run: (ctx, { query }) => visitor(ctx).search.query(query),
  }),
  companies: route({
    path: "/companies",
    operationId: "listCompanies",
    summary: "List published companies",
    description: "Published companies, with the search filters and paging (the portal's search limited to companies).",
    scope: "companies",
    query: apiCompaniesQuerySchema,
    params: undefined,
    response: searchResultOutputSchema,
    maxAgeSeconds: 60,
    run: (ctx, { query }) => visitor(ctx).search.query({ ...query, type: "companies" }),
  }),
  company: route({
    path: "/companies/{slug}",
    operationId: "getCompany",
    summary: "A published company by its slug",
    description: "The approved public profile of a company. Contact e-mail and phone are never part of it.",
    scope: "companies",
    query: undefined,
    params: apiCompanyPathSchema,
    response: publicCompanySchema,
    maxAgeSeconds: 300,
    run: (ctx, { params }) => visitor(ctx).company.bySlug(params),
  }),
  listings: route({
    path: "/listings",
    operationId: "listListings",
    summary: "List published listings",
    description: "Published, unexpired offers, requests and joint projects, with the search filters and paging.",
    scope: "listings",
    query: apiListingsQuerySchema,
    params: undefined,
    response: searchResultOutputSchema,
    maxAgeSeconds: 60,
    run: async (ctx, { query }) => {
      // The portal's search query function, with the three listing kinds together (search has no such type).
      const kinds = query.type === undefined ? listingKindCodes : searchTypeKinds[query.type];
      const result = await searchPartners(ctx.db, { ...toSearchParams({ ...query, type: "all" }, ctx.clock.now()), kinds });
      return searchResultOutputSchema.parse(result);
    },
  }),
  listing: route({
    path: "/listings/{id}",
    operationId: "getListing",
    summary: "A published listing by its id",
    description: "The approved version of a listing while it is visible, with its company's public identity.",
    scope: "listings",
    query: undefined,
    params: apiListingPathSchema,
    response: publicListingOutputSchema,
    maxAgeSeconds: 300,
    run: (ctx, { params }) => visitor(ctx).listing.byId({ listingId: params.id }),
  }),
  reference: route({
    path: "/reference/{list}",
    operationId: "getReferenceList",
    summary: "A reference list: countries, regions, sectors or HS chapters",
    description: "The codes the filters and records use, with their labels in English, Russian, Uzbek and Azerbaijani.",
    scope: "reference",
    query: undefined,
    params: apiReferencePathSchema,
    response: apiReferenceListOutputSchema,
    maxAgeSeconds: 86_400,
    run: (_ctx, { params }) => Promise.resolve(referenceList(params.list)),
  }),
} satisfies Record<string, PublicApiRoute>;

export type PublicApiRouteName = keyof typeof publicApiRoutes;
