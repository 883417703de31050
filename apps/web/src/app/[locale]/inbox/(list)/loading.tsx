import { PageSkeleton } from "@/components/ui/page-skeleton";

/** Shown while the inbox is prepared (the list only: a conversation's page must still answer 404 to strangers, which a streamed response cannot). */
export default function Loading() {
  return <PageSkeleton variant="inbox" />;
}
