/**
 * Ends the session with one POST to better-auth. A plain fetch, not the better-auth client: the header's
 * sign-out button is on every page, and the client (with its plugins and zod) would add ~45 kB of JavaScript
 * to every first load. better-auth checks the Origin of the request as for its own client.
 */
export async function signOut(): Promise<void> {
  await fetch("/api/auth/sign-out", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
    credentials: "same-origin",
  });
}
