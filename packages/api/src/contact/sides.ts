import { getContactRequestById, getConversationOfCompany, type CompanyRow, type ConversationRow } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import type { Deps } from "../trpc";
import { findMySide } from "./parties";

/**
 * Answering, withdrawing and writing act for the company the request or conversation belongs to — not for
 * whichever company the person last switched to — as long as the person is a member of it. Everyone else is
 * told it does not exist. `myCompanies` comes from a company procedure's context, the acting company first.
 */

type MySide = { myCompanies: readonly CompanyRow[] };

function notFound(key: "requestNotFound" | "conversationNotFound"): never {
  throw new TRPCError({ code: "NOT_FOUND", message: `errors.contact.${key}` });
}

/** My company a request was sent to. */
export async function requireMyRecipientSide(deps: Deps, params: MySide & { requestId: string }): Promise<CompanyRow> {
  const request = await getContactRequestById(deps.db, params.requestId);
  const side = await findMySide(params.myCompanies, (company) => (request?.recipientCompanyId === company.id ? company : null));
  return side?.company ?? notFound("requestNotFound");
}

/** My company that sent a request. */
export async function requireMySenderSide(deps: Deps, params: MySide & { requestId: string }): Promise<CompanyRow> {
  const request = await getContactRequestById(deps.db, params.requestId);
  const side = await findMySide(params.myCompanies, (company) => (request?.senderCompanyId === company.id ? company : null));
  return side?.company ?? notFound("requestNotFound");
}

/** My company in a conversation (the acting one first, should both sides be mine). */
export async function requireMyConversationSide(
  deps: Deps,
  params: MySide & { conversationId: string },
): Promise<{ company: CompanyRow; conversation: ConversationRow }> {
  const side = await findMySide(params.myCompanies, (company) =>
    getConversationOfCompany(deps.db, { conversationId: params.conversationId, companyId: company.id }),
  );
  if (side === null) notFound("conversationNotFound");
  return { company: side.company, conversation: side.found };
}
