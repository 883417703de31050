"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { ContactCard } from "./contact-card";

/**
 * The company's contact person on its page — rendered only for members of a company with which an accepted
 * request links it; everyone else gets nothing (the server answers null).
 */
export function CompanyContactDetails({ companyId, companyName }: { companyId: string; companyName: string }) {
  const trpc = useTRPC();
  const viewer = useQuery(trpc.contact.unreadCount.queryOptions());
  const details = useQuery({ ...trpc.contact.contactDetails.queryOptions({ companyId }), enabled: viewer.data !== null && viewer.isSuccess });
  if (!details.isSuccess || details.data === null) return null;
  return <ContactCard company={companyName} contact={details.data} />;
}
