import { readCompanyLogo } from "@karvon/api";
import { getDb } from "@/server/db";
import { getSession } from "@/server/session";

/**
 * Serves a company's logo (already re-encoded to WebP on upload): the approved one to everyone, a logo waiting
 * for review (`?version=working`, and any logo of an unpublished company) only to members and staff.
 */
export async function GET(request: Request, { params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const requested = new URL(request.url).searchParams.get("version");
  const version = requested === "working" || requested === "published" ? requested : undefined;
  const [db, session] = await Promise.all([getDb(), getSession(request.headers)]);
  const logo = await readCompanyLogo({ db, session, companyId, version });
  if (logo === null) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(logo.data), {
    headers: {
      "Content-Type": logo.mimeType,
      "Cache-Control": "private, max-age=300, must-revalidate",
      "Last-Modified": logo.updatedAt.toUTCString(),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
