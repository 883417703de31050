/**
 * Every request that reaches Next.js carries its socket's peer address in a header only this server writes
 * (route handlers cannot see the socket; `next start` only fills X-Forwarded-For when the client sent none,
 * which lets any client choose its own address).
 */
import type { IncomingMessage, RequestListener } from "node:http";
import { clientAddressHeader, peerAddressHeader } from "@karvon/api/client-address";

/** Headers only this server may write: a client's copies are dropped before the peer address is stamped. */
const privateHeaders = [peerAddressHeader, clientAddressHeader];

/** Drops a client's copies of the private headers, then writes the socket's peer address. */
export function stampPeerAddress(request: IncomingMessage): void {
  for (const name of privateHeaders) delete request.headers[name];
  // rawHeaders as well, whichever of the two a later reader takes.
  const raw: string[] = [];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i] ?? "";
    if (!privateHeaders.includes(name.toLowerCase())) raw.push(name, request.rawHeaders[i + 1] ?? "");
  }
  const peer = request.socket.remoteAddress;
  if (peer !== undefined) {
    request.headers[peerAddressHeader] = peer;
    raw.push(peerAddressHeader, peer);
  }
  request.rawHeaders = raw;
}

type Handle = (request: IncomingMessage, response: Parameters<RequestListener>[1]) => Promise<void>;

/** The server's listener: stamps the peer, then hands the request to Next.js. */
export function createRequestListener(handle: Handle): RequestListener {
  return (request, response) => {
    stampPeerAddress(request);
    handle(request, response).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  };
}
