import { PageSkeleton } from "../../../components/ui/page-skeleton";

/** Shown while the dashboard is prepared for the signed-in person. */
export default function Loading() {
  return <PageSkeleton variant="list" />;
}
