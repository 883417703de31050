"use client";

import { inferAdditionalFields } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/**
 * better-auth in the browser: talks to /api/auth on the page's own origin. Only the core endpoints are served
 * there (packages/api/src/auth/http-endpoints.ts); companies, members and staff go through tRPC, so the client
 * carries no organization or admin plugin.
 */
export const authClient = createAuthClient({
  basePath: "/api/auth",
  plugins: [inferAdditionalFields({ user: { locale: { type: "string", required: false } } })],
});
