import "server-only";
import { uuidSchema } from "@karvon/data";
import { TRPCError } from "@trpc/server";
import { api } from "@/trpc/server";

/**
 * The confirmed client an adviser's page acts for, or null for anyone the adviser may not act for (unknown,
 * awaiting, withdrawn, another organisation's): the page is then "not found", from the very request after a
 * withdrawal.
 */
export async function confirmedClientOf(companyId: string) {
  if (!uuidSchema.safeParse(companyId).success) return null;
  try {
    return await (await api()).advisers.client({ companyId });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
