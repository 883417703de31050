import { PageSkeleton } from "../../../components/ui/page-skeleton";

/** Shown while the notifications page is prepared. */
export default function Loading() {
  return <PageSkeleton variant="list" />;
}
