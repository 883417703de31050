import "server-only";
import { uuidSchema } from "@karvon/data";
import { notFound } from "next/navigation";
import { api } from "@/trpc/server";

/** One event as staff see it (published or not), from the route's id; the not-found page for anything else. */
export async function staffEvent(eventId: string) {
  if (!uuidSchema.safeParse(eventId).success) notFound();
  const event = (await (await api()).events.staffList()).find((row) => row.id === eventId);
  if (event === undefined) notFound();
  return event;
}
