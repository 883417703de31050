import "server-only";
import type { Session } from "@karvon/api";
import { headers } from "next/headers";
import { getSession } from "./session";

/** The signed-in person if they are staff (moderator or admin); the pages' server-side role check. */
export async function getStaffAccess(): Promise<{ session: Session | null; isStaff: boolean; isAdmin: boolean }> {
  const session = await getSession(new Headers(await headers()));
  const role = session?.user.role;
  return { session, isStaff: role === "moderator" || role === "admin", isAdmin: role === "admin" };
}
