import { adviserPortfolioPageSize, type AdviserClientView } from "@karvon/data";
import { countAdviserClients, countPendingReceivedRequests, listAdviserClients, listCompanyListings, type Db } from "@karvon/db";
import { findPartnersForCompany } from "../matchmaking/partners-for-you";

/** Matches shown per company on the portfolio: the best few, the company's own dashboard has the rest. */
const matchesPerCompany = 3;

/**
 * One page of the companies an organisation brought, with what its advisers act on. Everything comes from the queries the
 * company's own dashboard and inbox use (its listings, the pending-request counts, "Partners for you"), and only
 * for a company that confirmed its adviser: an awaiting one shows its review state, a withdrawn one its name.
 */
export async function adviserPortfolio(
  db: Db,
  params: { organizationId: string; page: number },
): Promise<{ clients: AdviserClientView[]; total: number; page: number; pageSize: number }> {
  const pageSize = adviserPortfolioPageSize;
  const [clients, total] = await Promise.all([
    listAdviserClients(db, { organizationId: params.organizationId, limit: pageSize, offset: (params.page - 1) * pageSize }),
    countAdviserClients(db, params.organizationId),
  ]);
  const confirmed = clients.filter(({ link }) => link.status === "confirmed").map(({ company }) => company.id);
  const pending = await countPendingReceivedRequests(db, confirmed);
  const views = await Promise.all(
    clients.map(async ({ company, link }): Promise<AdviserClientView> => {
      const acting = link.status === "confirmed";
      const visible = link.status !== "withdrawn";
      const listings = acting ? await listCompanyListings(db, company.id) : [];
      return {
        companyId: company.id,
        name: company.legalName,
        slug: visible && company.published !== null ? company.slug : null,
        consent: link.status,
        review: visible ? company.status : null,
        published: visible && company.published !== null,
        listings: listings.flatMap((listing) =>
          listing.published === null ? [] : [{ id: listing.id, title: listing.published.title ?? {}, validUntil: listing.validUntil }],
        ),
        pendingRequests: pending.get(company.id) ?? 0,
        matches: acting ? await findPartnersForCompany(db, { companyId: company.id, limit: matchesPerCompany }) : [],
      };
    }),
  );
  return { clients: views, total, page: params.page, pageSize };
}
