/**
 * The public API's handlers on a real HTTP server, for clients that speak HTTP (the generated OpenAPI client):
 * the same mapping from URL to operation as the web app's route handlers (apps/web/src/app/api/v1).
 */
import { createServer, type Server } from "node:http";
import { servePublicApi, serveOpenApiDocument, type Clock, type PublicApiRouteName } from "@karvon/api";
import type { Db } from "@karvon/db";

/** The operation behind a path under /api/v1, as the folders of apps/web/src/app/api/v1 route it. */
export function publicApiRouteOf(pathname: string): { name: PublicApiRouteName | "openapi"; params: Record<string, string> } | null {
  const parts = pathname.replace(/^\/api\/v1\/?/, "").split("/").map(decodeURIComponent);
  const [area, id, extra] = parts;
  if (extra !== undefined) return null;
  if (area === "openapi.json" && id === undefined) return { name: "openapi", params: {} };
  if (area === "search" && id === undefined) return { name: "search", params: {} };
  if (area === "companies") return id === undefined ? { name: "companies", params: {} } : { name: "company", params: { slug: id } };
  if (area === "listings") return id === undefined ? { name: "listings", params: {} } : { name: "listing", params: { id } };
  if (area === "reference" && id !== undefined) return { name: "reference", params: { list: id } };
  return null;
}

export async function startPublicApiServer(db: Db, clock?: Clock): Promise<{ url: string; close: () => Promise<void> }> {
  let origin = "";
  const server: Server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? "/", origin);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    const request = new Request(url, { headers });
    const route = publicApiRouteOf(url.pathname);
    const answer =
      route === null
        ? Promise.resolve(new Response("Not found", { status: 404 }))
        : route.name === "openapi"
          ? Promise.resolve(serveOpenApiDocument(request, origin))
          : servePublicApi(request, route.name, route.params, { db, clock });
    answer
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => {
        outgoing.writeHead(500);
        outgoing.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("server has no address");
  origin = `http://127.0.0.1:${address.port}`;
  return { url: origin, close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))) };
}
