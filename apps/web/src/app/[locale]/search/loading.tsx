import { PageSkeleton } from "@/components/ui/page-skeleton";

/** Shown while the search runs on the server (a new query, a filter, another page). */
export default function Loading() {
  return <PageSkeleton variant="search" />;
}
