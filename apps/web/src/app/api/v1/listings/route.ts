import { publicApiResponse } from "@/server/public-api";

/** Published listings, filtered and paged (API key with the "listings" scope). */
export function GET(request: Request) {
  return publicApiResponse(request, "listings");
}
