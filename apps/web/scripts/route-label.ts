/**
 * The page or route pattern a request path belongs to (`/[locale]/companies/[slug]`), for metric labels: one
 * series per pattern of the build, never one per path (paths are unbounded, anyone can invent them). The
 * patterns and their regular expressions come from the build's routes-manifest.json, as Next matches them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type ManifestRoute = { page: string; regex: string };
type RoutesManifest = { staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[] };

export type RouteLabeler = (pathname: string) => string;

export function routeLabelerFromManifest(manifest: RoutesManifest): RouteLabeler {
  // Static routes first, then dynamic ones in the manifest's order (Next sorts them most specific first).
  const routes = [...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])].map((route) => ({
    page: route.page,
    regex: new RegExp(route.regex),
  }));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return "/_next";
    return routes.find((route) => route.regex.test(pathname))?.page ?? "unmatched";
  };
}

/** The labeler of the build in `distDir` (absolute); every path is "unmatched" if the manifest is missing. */
export function routeLabelerForBuild(distDir: string): RouteLabeler {
  try {
    return routeLabelerFromManifest(JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as RoutesManifest);
  } catch {
    return routeLabelerFromManifest({});
  }
}
