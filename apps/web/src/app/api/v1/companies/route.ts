import { publicApiResponse } from "@/server/public-api";

/** Published companies, filtered and paged (API key with the "companies" scope). */
export function GET(request: Request) {
  return publicApiResponse(request, "companies");
}
