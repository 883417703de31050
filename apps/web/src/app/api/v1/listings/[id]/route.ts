import { publicApiResponse } from "@/server/public-api";

/** A published listing (API key with the "listings" scope). */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return publicApiResponse(request, "listing", params);
}
