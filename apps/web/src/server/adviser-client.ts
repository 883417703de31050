import "server-only";
import { uuidSchema } from "@karvon/data";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { resolveLocale } from "@/i18n/locale-param";
import { redirect } from "@/i18n/navigation";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";

/** The confirmed client, or null for anyone the adviser may not act for (unknown, awaiting, withdrawn, another's). */
async function confirmedClientOf(companyId: string) {
  if (!uuidSchema.safeParse(companyId).success) return null;
  try {
    return await (await api()).advisers.client({ companyId });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/**
 * What an adviser's page about one client (`/advisers/clients/<companyId>/<page>`) starts from: the locale and the
 * confirmed client. Signed out, the person signs in first; for a client the adviser may not act for, the page is
 * "not found" — from the very request after a withdrawal.
 */
export async function adviserClientPage(params: Promise<{ locale: string; companyId: string }>, page: "listings/new" | "profile") {
  const locale = await resolveLocale(params);
  const { companyId } = await params;
  const session = await getSession(new Headers(await headers()));
  if (!session) return redirect({ href: { pathname: "/sign-in", query: { next: `/advisers/clients/${companyId}/${page}` } }, locale });
  const client = await confirmedClientOf(companyId);
  if (client === null) notFound();
  return { locale, client };
}
