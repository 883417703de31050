import { PageSkeleton } from "@/components/ui/page-skeleton";

/** Shown inside the moderation desk while a desk page is prepared (the desk's layout has already checked access). */
export default function Loading() {
  return <PageSkeleton variant="queue" />;
}
