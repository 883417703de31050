import { publicApiResponse } from "@/server/public-api";

/** A published company's public profile (API key with the "companies" scope). */
export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return publicApiResponse(request, "company", params);
}
