import type { MetadataRoute } from "next";
import { env } from "../env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = env().PUBLIC_URL.replace(/\/$/, "");
  return {
    // Private areas are not for crawlers; they need a session anyway.
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/account", "/*/inbox", "/*/admin", "/*/onboarding", "/*/dashboard"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
