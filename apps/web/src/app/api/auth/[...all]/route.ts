import { env } from "@/env";
import { handleAuthRequest } from "@/server/auth";
import { checkCrossSite, crossSiteRefusal } from "@/server/cross-site";

async function handler(request: Request) {
  const verdict = checkCrossSite(request, { publicUrl: env().PUBLIC_URL, requireJson: false });
  if (!verdict.allowed) return crossSiteRefusal(verdict);
  return handleAuthRequest(request);
}

export { handler as GET, handler as POST };
