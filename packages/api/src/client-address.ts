/**
 * Who is on the other end of a request. Every per-client limit, lock, analytics count and audit row takes its
 * address from `clientAddress` here, so a client cannot pick its own bucket by sending `X-Forwarded-For`.
 *
 * Kept free of the rest of the package (imported on its own as `@karvon/api/client-address` by the web app's
 * configuration and production server).
 */
import type { IncomingMessage } from "node:http";
import proxyaddr from "@fastify/proxy-addr";
import ipaddr from "ipaddr.js";

/**
 * The socket's peer address. Route handlers cannot see the socket, so the production server (apps/web/scripts)
 * deletes whatever copy of this header a client sent and writes the peer here before Next.js sees the request.
 */
export const peerAddressHeader = "x-karvon-peer";

/** The computed client address, written for better-auth's rate limiter after any incoming copy is removed. */
export const clientAddressHeader = "x-karvon-client";

/** A normalized address (IPv4-mapped IPv6 as IPv4), or null when `value` is not an IP address. */
function normalizeAddress(value: string | null | undefined): string | null {
  const candidate = value?.trim() ?? "";
  // Only the dotted four-part form: ipaddr.js also accepts "127.1" or "0x7f000001", which no proxy writes.
  if (!ipaddr.IPv4.isValidFourPartDecimal(candidate) && !ipaddr.IPv6.isValid(candidate)) return null;
  return ipaddr.process(candidate).toString();
}

/**
 * Reads TRUSTED_PROXIES: comma-separated IP addresses or CIDR ranges (IPv4 or IPv6). Throws a TypeError naming
 * the first entry that is neither.
 */
export function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  for (const entry of entries) {
    const isRange = entry.includes("/") ? ipaddr.isValidCIDR(entry) : normalizeAddress(entry) !== null;
    if (!isRange) throw new TypeError(`"${entry}" is not an IP address or CIDR range`);
  }
  return entries;
}

const compiledTrust = new Map<string, ReturnType<typeof proxyaddr.compile>>();

function trustFunction(trustedProxies: readonly string[]) {
  const key = trustedProxies.join(",");
  let trust = compiledTrust.get(key);
  if (!trust) {
    trust = proxyaddr.compile([...trustedProxies]);
    compiledTrust.set(key, trust);
  }
  return trust;
}

/**
 * The client's address: the socket's peer, unless the peer is one of `trustedProxies`; then X-Forwarded-For is
 * read from the right, skipping trusted proxies, and the first other hop is the client (each proxy appends the
 * address it was contacted from, so the hops left of an untrusted one may be anything the client wrote). A hop
 * that is not an IP address ends the walk at the last good one. Null when the peer is unknown (a server that
 * does not stamp it, such as `next dev`, or a direct call in a test).
 */
export function clientAddress(headers: Headers, trustedProxies: readonly string[]): string | null {
  const peer = normalizeAddress(headers.get(peerAddressHeader));
  if (peer === null || trustedProxies.length === 0) return peer;
  // proxy-addr reads only these two fields of a Node request.
  const request = { socket: { remoteAddress: peer }, headers: { "x-forwarded-for": headers.get("x-forwarded-for") ?? undefined } };
  const hops = proxyaddr.all(request as unknown as IncomingMessage, trustFunction(trustedProxies));
  let client = peer;
  for (const hop of hops.slice(1)) {
    const address = normalizeAddress(hop);
    if (address === null) break;
    client = address;
  }
  return client;
}
