import { publicApiResponse } from "@/server/public-api";

/** The portal's partner search for partner systems (API key with the "search" scope). */
export function GET(request: Request) {
  return publicApiResponse(request, "search");
}
