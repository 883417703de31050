import { clientAddress, clientAddressHeader } from "../client-address";

/**
 * The request as better-auth should see it: its one client-address header holds what `clientAddress` computed,
 * never a value the client sent (better-auth can read an address only from a header).
 */
export function withClientAddress(request: Request, trustedProxies: readonly string[]): Request {
  const headers = new Headers(request.headers);
  headers.delete(clientAddressHeader);
  const address = clientAddress(request.headers, trustedProxies);
  if (address !== null) headers.set(clientAddressHeader, address);
  return new Request(request, { headers });
}
