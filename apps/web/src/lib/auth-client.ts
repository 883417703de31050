"use client";

import { adminClient, inferAdditionalFields, organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/** better-auth in the browser: talks to /api/auth on the page's own origin. */
export const authClient = createAuthClient({
  basePath: "/api/auth",
  plugins: [
    inferAdditionalFields({ user: { locale: { type: "string", required: false } } }),
    adminClient(),
    organizationClient(),
  ],
});
