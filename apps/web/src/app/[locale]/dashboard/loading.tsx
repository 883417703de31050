import { PageSkeleton } from "@/components/ui/page-skeleton";

/**
 * Shown while the dashboard is prepared for the signed-in person. The page streams from here on, so a signed-out visitor is sent to sign-in
 * by a client-side redirect (Next.js cannot send a 307 once streaming has started).
 */
export default function Loading() {
  return <PageSkeleton variant="list" />;
}
