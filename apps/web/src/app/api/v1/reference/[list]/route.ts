import { publicApiResponse } from "@/server/public-api";

/** Countries, regions, sectors or HS chapters with their labels (API key with the "reference" scope). */
export function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  return publicApiResponse(request, "reference", params);
}
